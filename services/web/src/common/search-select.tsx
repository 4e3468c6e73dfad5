import { useEffect, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery, type TypedDocumentNode } from 'urql';

/** How many options the list offers at once; past them the user types part of a name. */
const SHOWN = 20;
/** A pause in typing before the server is asked (one query per word, not per keystroke). */
const TYPING_MS = 300;

export interface SearchOption {
  value: string;
  label: string;
}

/**
 * What one server-searched filter asks and says: its search (`$first`, `$name`: null when nothing is typed),
 * the options it reads from the answer, and how it names a chosen value that is not among them.
 */
export interface SearchSource<S, C> {
  search: TypedDocumentNode<S, { first: number; name?: string | null }>;
  found(data: S): { options: SearchOption[]; totalCount: number };
  chosen: TypedDocumentNode<C, { id: string }>;
  chosenLabel(data: C): string;
  /** The list's last line when more match than it shows ("还有 n 个，输入名称查找"). */
  more(n: number): string;
  /** Shown when nothing matches the text typed. */
  none: string;
  /** The chosen value's label when the server does not answer it (outside the viewer's scope). */
  unreadable: string;
}

/** The text typed, once the typing pauses. */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setSettled(text), TYPING_MS);
    return () => clearTimeout(t);
  }, [text]);
  return settled;
}

/**
 * A filter that asks the server by name as the user types, so every row the viewer sees is reachable however
 * many there are (a province has over a hundred bureaus and thousands of users); a clearable select whose
 * label is also its accessible name, as FilterSelect. The chosen value stays an option, with its name, after
 * the text typed changes.
 */
export function ServerSearchSelect<S, C>(props: {
  source: SearchSource<S, C>;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width?: number;
  /** The chosen value's label when the page already knows it (a row of the filtered list): nothing to ask. */
  knownLabel?: string;
}) {
  const { source, label, value, onChange, width = 200 } = props;
  const [typed, setTyped] = useState('');
  // The option last picked: its label outlives the search that found it.
  const [picked, setPicked] = useState<SearchOption>();
  const name = useSettled(typed.trim());
  const [{ data, fetching }] = useQuery({ query: source.search, variables: { first: SHOWN, name: name || null } });
  const found = data ? source.found(data) : { options: [], totalCount: 0 };
  const chosenShown = !value || found.options.some((o) => o.value === value);
  const knownLabel = props.knownLabel ?? (picked && picked.value === value ? picked.label : undefined);
  // Asked only once the options have answered without it (most choices are among them).
  const [{ data: chosen, error: unread }] = useQuery({
    query: source.chosen,
    variables: { id: value ?? '' },
    pause: chosenShown || !data || knownLabel !== undefined,
  });
  const options: (SearchOption & { disabled?: boolean })[] = [...found.options];
  // Its name once read ("…" meanwhile, never the id).
  const chosenLabel = knownLabel ?? (chosen ? source.chosenLabel(chosen) : unread ? source.unreadable : '…');
  if (value && !chosenShown) options.unshift({ value, label: chosenLabel });
  // The list shows the first few: say that more are there, and how to reach them.
  const more = found.totalCount - found.options.length;
  if (more > 0) options.push({ value: '', label: source.more(more), disabled: true });
  return (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      style={{ width }}
      value={value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      loading={fetching}
      notFoundContent={fetching ? <Spin size="small" /> : source.none}
      onChange={(v?: string, option?: SearchOption | SearchOption[]) => {
        setTyped('');
        setPicked(v && option && !Array.isArray(option) ? { value: v, label: option.label } : undefined);
        onChange(v || undefined);
      }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
    />
  );
}
