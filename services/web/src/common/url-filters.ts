import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and the page cursor kept in the URL (WEB.md "Lists": a link reproduces the view). A
 * change of a filter starts again at the first page; each step is a history entry, so "back" works.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])) as Record<K, string | undefined>;
  const after = params.get('after') ?? undefined;
  const setFilter = useCallback(
    (key: K, value: string | undefined) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        next.delete('after');
        return next;
      }),
    [setParams],
  );
  const setAfter = useCallback(
    (cursor: string | undefined) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (cursor) next.set('after', cursor);
        else next.delete('after');
        return next;
      }),
    [setParams],
  );
  return { values, after, setFilter, setAfter };
}
