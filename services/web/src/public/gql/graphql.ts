/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 查找条件：三种之一 */
export type PublicLookUp = {
  /** 公示机关的行政区划代码（与 kind、from、to 一起） */
  bureauCode?: string | null | undefined;
  /** 统一社会信用代码，18 位，精确匹配 */
  creditCode?: string | null | undefined;
  /** 公示日期起（含，YYYY-MM-DD，北京时间） */
  from?: string | null | undefined;
  /** 公示类别（按公示机关查找时必填） */
  kind?: PublicationKind | null | undefined;
  /** 名称中的连续文字，至少两个字 */
  name?: string | null | undefined;
  /** 公示日期止（含，YYYY-MM-DD，北京时间） */
  to?: string | null | undefined;
};

/** 分页：每页至多 50 条，起点至多 1000 */
export type PublicPage = {
  /** 每页条数（默认 20） */
  limit?: number | null | undefined;
  /** 起点（默认 0） */
  offset?: number | null | undefined;
};

/** 文书的动作：首次公示、更正、撤回 */
export type PublicationAction =
  | 'CORRECT'
  | 'PUBLISH'
  | 'WITHDRAW';

/** 公示类别 */
export type PublicationKind =
  | 'AUDIT_CHECKPOINT'
  | 'CREDIT_ENTRY'
  | 'DRAW_COMMITMENT'
  | 'DRAW_RESULT'
  | 'INSPECTION_RESULT'
  | 'INSPECTOR_LIST'
  | 'ITEM_LIST'
  | 'PENALTY_RESULT'
  | 'PLAN'
  | 'TARGET_DIRECTORY';

export type PublicItemFieldsFragment = { id: string, kind: PublicationKind, action: PublicationAction, version: number, current: boolean, targetName: string | null, targetCreditCode: string | null, publishedAt: string, eventDate: string | null, supersedeReason: string | null, document: string, bureau: { code: string, name: string }, history: Array<{ id: string, version: number, action: PublicationAction, current: boolean, supersedeReason: string | null, publishedAt: string }> };

export type PublicLookUpQueryVariables = Exact<{
  filter: PublicLookUp;
  page?: PublicPage | null | undefined;
}>;


export type PublicLookUpQuery = { publications: { hasMore: boolean, offset: number, items: Array<{ id: string, kind: PublicationKind, action: PublicationAction, version: number, current: boolean, targetName: string | null, targetCreditCode: string | null, publishedAt: string, eventDate: string | null, supersedeReason: string | null, document: string, bureau: { code: string, name: string }, history: Array<{ id: string, version: number, action: PublicationAction, current: boolean, supersedeReason: string | null, publishedAt: string }> }> } };

export type PublicPublicationQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicPublicationQuery = { publication: { seriesId: string, documentSha256: string, id: string, kind: PublicationKind, action: PublicationAction, version: number, current: boolean, targetName: string | null, targetCreditCode: string | null, publishedAt: string, eventDate: string | null, supersedeReason: string | null, document: string, history: Array<{ documentSha256: string, id: string, version: number, action: PublicationAction, current: boolean, supersedeReason: string | null, publishedAt: string }>, bureau: { code: string, name: string } } };

export type PublicBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicBureausQuery = { publicBureaus: Array<{ code: string, name: string }> };

export const PublicItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicItemFieldsFragment, unknown>;
export const PublicLookUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicLookUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicLookUp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicLookUpQuery, PublicLookUpQueryVariables>;
export const PublicPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicPublicationQuery, PublicPublicationQueryVariables>;
export const PublicBureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicBureausQuery, PublicBureausQueryVariables>;