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
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.InspectionPageDocument,
    "\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyInspectionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TodoFilingQueueDocument,
    "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n": typeof types.TodoDispatchesDocument,
    "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n": typeof types.TodoReportsDueDocument,
    "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TodoMyInspectionsDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.InspectionPageDocument,
    "\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyInspectionsDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n": types.TodoFilingQueueDocument,
    "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n": types.TodoDispatchesDocument,
    "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n": types.TodoReportsDueDocument,
    "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n": types.TodoMyInspectionsDocument,
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
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      user {\n        id\n        username\n        displayName\n        roles\n        bureau {\n          name\n        }\n        department {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InspectionPage($id: ID!) {\n    inspection(id: $id) {\n      id\n      status\n      kind\n      windowStart\n      windowEnd\n      scheduledOn\n      reportDue\n      target {\n        name\n        registeredAddress\n      }\n      leadDepartment {\n        name\n      }\n      itemVersions {\n        id\n        name\n        versionNo\n      }\n      members {\n        id\n        leftAt\n        inspector {\n          name\n          badgeNo\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInspections {\n    myInspections(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          windowStart\n          windowEnd\n          scheduledOn\n          target {\n            name\n          }\n          leadDepartment {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TodoFilingQueue {\n    planFilingQueue(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  query TodoDispatches {\n    pendingDrawDispatches {\n      id\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TodoReportsDue {\n    due: inspectionReportsDue(first: 1) {\n      totalCount\n    }\n    overdue: inspectionReportsDue(first: 1, overdue: true) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TodoMyInspections {\n    myInspections(first: 1) {\n      totalCount\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;