/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 异议或投诉 */
export type AppealKind =
  | 'COMPLAINT'
  | 'OBJECTION';

/** 办理状态：已受理登记、办理中、成立、不成立 */
export type AppealStatus =
  | 'FILED'
  | 'IN_HANDLING'
  | 'REJECTED'
  | 'UPHELD';

/** 提出异议或投诉 */
export type FileAppealInput = {
  /** 附件凭据（POST /public/appeal-attachments 上传后返回的 ticket，至多 5 个） */
  attachments?: Array<string> | null | undefined;
  /** 联系方式：手机号码、固定电话或电子邮箱 */
  contact: string;
  /** 异议或投诉 */
  kind: AppealKind;
  /** 提出人姓名或单位名称 */
  name: string;
  /** 针对的公示文书编号 */
  publicationId: string | number;
  /** 理由与事实 */
  reason: string;
};

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

export type PublicAppealTargetQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicAppealTargetQuery = { publication: { id: string, kind: PublicationKind, current: boolean, targetName: string | null, publishedAt: string, bureau: { name: string } } };

export type PublicFileAppealMutationVariables = Exact<{
  input: FileAppealInput;
}>;


export type PublicFileAppealMutation = { fileAppeal: { receiptNo: string, queryCode: string, dueDate: string, bureauName: string } };

export type PublicAppealStatusQueryVariables = Exact<{
  receiptNo: string;
  queryCode: string;
}>;


export type PublicAppealStatusQuery = { appealStatus: { receiptNo: string, kind: AppealKind, status: AppealStatus, filedAt: string, dueDate: string, answer: string | null, answeredAt: string | null, correctionId: string | null, bureauName: string, targetName: string | null } };

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

export type PublicByBureauQueryVariables = Exact<{
  filter: PublicLookUp;
  page?: PublicPage | null | undefined;
}>;


export type PublicByBureauQuery = { publications: { hasMore: boolean, offset: number, items: Array<{ id: string, publishedAt: string, document: string, bureau: { name: string } }> } };

export type PublicDrawQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicDrawQuery = { publishedDraw: { drawId: string, recordUrl: string | null, commitment: { id: string, publishedAt: string, document: string, documentSha256: string, bureau: { name: string } } | null, result: { id: string, version: number, publishedAt: string, supersedeReason: string | null, document: string, documentSha256: string, history: Array<{ id: string, version: number, current: boolean, publishedAt: string, supersedeReason: string | null }> } | null } };

export const PublicItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicItemFieldsFragment, unknown>;
export const PublicAppealTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicAppealTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublicAppealTargetQuery, PublicAppealTargetQueryVariables>;
export const PublicFileAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublicFileAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"queryCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}}]}}]}}]} as unknown as DocumentNode<PublicFileAppealMutation, PublicFileAppealMutationVariables>;
export const PublicAppealStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicAppealStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"receiptNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptNo"}}},{"kind":"Argument","name":{"kind":"Name","value":"queryCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queryCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}}]}}]}}]} as unknown as DocumentNode<PublicAppealStatusQuery, PublicAppealStatusQueryVariables>;
export const PublicLookUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicLookUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicLookUp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicLookUpQuery, PublicLookUpQueryVariables>;
export const PublicPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPublication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetCreditCode"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublicPublicationQuery, PublicPublicationQueryVariables>;
export const PublicBureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicBureausQuery, PublicBureausQueryVariables>;
export const PublicByBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicByBureau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicLookUp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicPage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicByBureauQuery, PublicByBureauQueryVariables>;
export const PublicDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawId"}},{"kind":"Field","name":{"kind":"Name","value":"recordUrl"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicDrawQuery, PublicDrawQueryVariables>;