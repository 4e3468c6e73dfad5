import { useEffect, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';

/** How many bureaus the list offers at once; past them the user types part of a name. */
const SHOWN = 20;
/** A pause in typing before the server is asked (one query per word, not per keystroke). */
const TYPING_MS = 300;

const BureauOptionsDocument = graphql(`
  query BureauOptions($first: Int!, $name: String) {
    bureaus(first: $first, filter: { nameContains: $name }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The chosen bureau's name, when it is not among the options (a shared link, a search since). */
const BureauNameDocument = graphql(`
  query BureauName($id: ID!) {
    bureau(id: $id) {
      id
      name
    }
  }
`);

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
 * A filter by bureau that asks the server by name (bureaus' nameContains), so every bureau the viewer
 * sees is reachable however many there are (a province has over a hundred); a clearable select whose
 * label is also its accessible name, as FilterSelect.
 */
export function BureauSearchSelect(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width?: number;
}) {
  const { label, value, onChange, width = 200 } = props;
  const [typed, setTyped] = useState('');
  const name = useSettled(typed.trim());
  const [{ data, fetching }] = useQuery({
    query: BureauOptionsDocument,
    variables: { first: SHOWN, name: name || null },
  });
  const found = (data?.bureaus.edges ?? []).map((e) => e.node);
  const chosenShown = !value || found.some((b) => b.id === value);
  // Asked only once the options have answered without it (most choices are among them).
  const [{ data: chosen, error: unread }] = useQuery({
    query: BureauNameDocument,
    variables: { id: value ?? '' },
    pause: chosenShown || !data,
  });
  const options: { value: string; label: string; disabled?: boolean }[] = found.map((b) => ({
    value: b.id,
    label: b.name,
  }));
  // Its name once read ("…" meanwhile, never the id); a link's bureau outside the viewer's scope reads as such.
  const chosenLabel = chosen?.bureau.name ?? (unread ? '所选机关不存在或无权查看' : '…');
  if (value && !chosenShown) options.unshift({ value, label: chosenLabel });
  // The list shows the first few: say that more are there, and how to reach them.
  const more = (data?.bureaus.totalCount ?? 0) - found.length;
  if (more > 0) options.push({ value: '', label: `还有 ${more} 个，输入名称查找`, disabled: true });
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
      notFoundContent={fetching ? <Spin size="small" /> : '没有名称含此文字的机关'}
      onChange={(v?: string) => {
        setTyped('');
        onChange(v || undefined);
      }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
    />
  );
}
