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
    "\n  fragment PublicItemFields on PublicPublication {\n    id\n    kind\n    action\n    version\n    current\n    targetName\n    targetCreditCode\n    publishedAt\n    eventDate\n    supersedeReason\n    document\n    bureau {\n      code\n      name\n    }\n    history {\n      id\n      version\n      action\n      current\n      supersedeReason\n      publishedAt\n    }\n  }\n": typeof types.PublicItemFieldsFragmentDoc,
    "\n  query PublicLookUp($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        ...PublicItemFields\n      }\n    }\n  }\n": typeof types.PublicLookUpDocument,
    "\n  query PublicPublication($id: ID!) {\n    publication(id: $id) {\n      ...PublicItemFields\n      seriesId\n      documentSha256\n      history {\n        documentSha256\n      }\n    }\n  }\n": typeof types.PublicPublicationDocument,
    "\n  query PublicBureaus {\n    publicBureaus {\n      code\n      name\n    }\n  }\n": typeof types.PublicBureausDocument,
    "\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PublicByBureauDocument,
    "\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n": typeof types.PublicDrawDocument,
};
const documents: Documents = {
    "\n  query PublicAppealTarget($id: ID!) {\n    publication(id: $id) {\n      id\n      kind\n      current\n      targetName\n      publishedAt\n      bureau {\n        name\n      }\n    }\n  }\n": types.PublicAppealTargetDocument,
    "\n  mutation PublicFileAppeal($input: FileAppealInput!) {\n    fileAppeal(input: $input) {\n      receiptNo\n      queryCode\n      dueDate\n      bureauName\n    }\n  }\n": types.PublicFileAppealDocument,
    "\n  query PublicAppealStatus($receiptNo: String!, $queryCode: String!) {\n    appealStatus(receiptNo: $receiptNo, queryCode: $queryCode) {\n      receiptNo\n      kind\n      status\n      filedAt\n      dueDate\n      answer\n      answeredAt\n      correctionId\n      bureauName\n      targetName\n    }\n  }\n": types.PublicAppealStatusDocument,
    "\n  fragment PublicItemFields on PublicPublication {\n    id\n    kind\n    action\n    version\n    current\n    targetName\n    targetCreditCode\n    publishedAt\n    eventDate\n    supersedeReason\n    document\n    bureau {\n      code\n      name\n    }\n    history {\n      id\n      version\n      action\n      current\n      supersedeReason\n      publishedAt\n    }\n  }\n": types.PublicItemFieldsFragmentDoc,
    "\n  query PublicLookUp($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        ...PublicItemFields\n      }\n    }\n  }\n": types.PublicLookUpDocument,
    "\n  query PublicPublication($id: ID!) {\n    publication(id: $id) {\n      ...PublicItemFields\n      seriesId\n      documentSha256\n      history {\n        documentSha256\n      }\n    }\n  }\n": types.PublicPublicationDocument,
    "\n  query PublicBureaus {\n    publicBureaus {\n      code\n      name\n    }\n  }\n": types.PublicBureausDocument,
    "\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n": types.PublicByBureauDocument,
    "\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n": types.PublicDrawDocument,
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
export function graphql(source: "\n  fragment PublicItemFields on PublicPublication {\n    id\n    kind\n    action\n    version\n    current\n    targetName\n    targetCreditCode\n    publishedAt\n    eventDate\n    supersedeReason\n    document\n    bureau {\n      code\n      name\n    }\n    history {\n      id\n      version\n      action\n      current\n      supersedeReason\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  fragment PublicItemFields on PublicPublication {\n    id\n    kind\n    action\n    version\n    current\n    targetName\n    targetCreditCode\n    publishedAt\n    eventDate\n    supersedeReason\n    document\n    bureau {\n      code\n      name\n    }\n    history {\n      id\n      version\n      action\n      current\n      supersedeReason\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicLookUp($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        ...PublicItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicLookUp($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        ...PublicItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPublication($id: ID!) {\n    publication(id: $id) {\n      ...PublicItemFields\n      seriesId\n      documentSha256\n      history {\n        documentSha256\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicPublication($id: ID!) {\n    publication(id: $id) {\n      ...PublicItemFields\n      seriesId\n      documentSha256\n      history {\n        documentSha256\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicBureaus {\n    publicBureaus {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query PublicBureaus {\n    publicBureaus {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicByBureau($filter: PublicLookUp!, $page: PublicPage) {\n    publications(filter: $filter, page: $page) {\n      hasMore\n      offset\n      items {\n        id\n        publishedAt\n        document\n        bureau {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicDraw($id: ID!) {\n    publishedDraw(id: $id) {\n      drawId\n      recordUrl\n      commitment {\n        id\n        publishedAt\n        document\n        documentSha256\n        bureau {\n          name\n        }\n      }\n      result {\n        id\n        version\n        publishedAt\n        supersedeReason\n        document\n        documentSha256\n        history {\n          id\n          version\n          current\n          publishedAt\n          supersedeReason\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;