import { useMemo } from 'react';
import { useQuery } from 'urql';
import { RecheckSubordinatesDocument } from './documents';

export interface Subordinates {
  list: { id: string; name: string }[];
  /** A bureau's name by id (the re-check's scope). */
  byId: Map<string, string>;
  /** A bureau's name by division code (a sample's strata are division codes, DRAW.md §10). */
  byDivision: Map<string, string>;
}

/** The viewer's direct subordinates, named: the re-check pages show names, never codes or ids. */
export function useSubordinates(): Subordinates {
  const [{ data }] = useQuery({ query: RecheckSubordinatesDocument });
  return useMemo(() => {
    const list = data?.me.user.bureau.children ?? [];
    return {
      list,
      byId: new Map(list.map((b) => [b.id, b.name])),
      byDivision: new Map(list.map((b) => [b.divisionCode, b.name])),
    };
  }, [data]);
}
