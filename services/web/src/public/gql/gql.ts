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
    "\n  query PublicAppealTarget($id: ID!) {\n    publication(id: $id) {\n      id\n      kind\n      current\n      targetName\n      publishedAt\n      bureau {\n        name\n      }\n    }\n  }\n": typeof types.PublicAppealTargetDocument,
    "\n  mutation PublicFileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      receiptNo\n      queryCode\n      dueDate\n      bureauName\n    }\n  }\n": typeof types.PublicFileAppealDocument,
    "\n  query PublicAppealStatus($receiptNo: String!, $queryCode: String!) {\n    appealStatus(receiptNo: $receiptNo, queryCode: $queryCode) {\n      receiptNo\n      kind\n      status\n      filedAt\n      dueDate\n      answer\n      answeredAt\n      correctionId\n      bureauName\n      targetName\n    }\n  }\n": typeof types.PublicAppealStatusDocument,
    "\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PublicSearchDocument,
};
const documents: Documents = {
    "\n  query PublicAppealTarget($id: ID!) {\n    publication(id: $id) {\n      id\n      kind\n      current\n      targetName\n      publishedAt\n      bureau {\n        name\n      }\n    }\n  }\n": types.PublicAppealTargetDocument,
    "\n  mutation PublicFileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      receiptNo\n      queryCode\n      dueDate\n      bureauName\n    }\n  }\n": types.PublicFileAppealDocument,
    "\n  query PublicAppealStatus($receiptNo: String!, $queryCode: String!) {\n    appealStatus(receiptNo: $receiptNo, queryCode: $queryCode) {\n      receiptNo\n      kind\n      status\n      filedAt\n      dueDate\n      answer\n      answeredAt\n      correctionId\n      bureauName\n      targetName\n    }\n  }\n": types.PublicAppealStatusDocument,
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
export function graphql(source: "\n  query PublicAppealTarget($id: ID!) {\n    publication(id: $id) {\n      id\n      kind\n      current\n      targetName\n      publishedAt\n      bureau {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicAppealTarget($id: ID!) {\n    publication(id: $id) {\n      id\n      kind\n      current\n      targetName\n      publishedAt\n      bureau {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicFileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      receiptNo\n      queryCode\n      dueDate\n      bureauName\n    }\n  }\n"): (typeof documents)["\n  mutation PublicFileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      receiptNo\n      queryCode\n      dueDate\n      bureauName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicAppealStatus($receiptNo: String!, $queryCode: String!) {\n    appealStatus(receiptNo: $receiptNo, queryCode: $queryCode) {\n      receiptNo\n      kind\n      status\n      filedAt\n      dueDate\n      answer\n      answeredAt\n      correctionId\n      bureauName\n      targetName\n    }\n  }\n"): (typeof documents)["\n  query PublicAppealStatus($receiptNo: String!, $queryCode: String!) {\n    appealStatus(receiptNo: $receiptNo, queryCode: $queryCode) {\n      receiptNo\n      kind\n      status\n      filedAt\n      dueDate\n      answer\n      answeredAt\n      correctionId\n      bureauName\n      targetName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      items {\n        id\n        kind\n        targetName\n        targetCreditCode\n        publishedAt\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;