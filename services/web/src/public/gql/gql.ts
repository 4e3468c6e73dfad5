/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PublicByBureauDocument,
    "\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n": typeof types.PublicDrawDocument,
    "\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PublicSearchDocument,
};
const documents: Documents = {
    "\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": types.PublicByBureauDocument,
    "\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n": types.PublicDrawDocument,
    "\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": types.PublicSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;