/** One edge of a GraphQL connection (`edges { node { … } }`), typed by what the query selects. */
export interface Edge<T> {
  node: T;
}

/** The nodes of a connection's edges, in order. */
export function nodesOf<T>(connection: { edges: Edge<T>[] }): T[] {
  return connection.edges.map((e) => e.node);
}
