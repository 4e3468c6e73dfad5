/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 批准换人申请（被换人员所在部门负责人，非申请人；部门负责人本人申请的由局领导批准） */
export type ApproveDrawSwapInput = {
  /** 换人申请 */
  requestId: string | number;
};

/** 信标来源：承诺时确定，抽取前不可更改（DRAW.md §1） */
export type BeaconSource =
  /** 承诺之后开奖的彩票号码，由承诺人以外的另一人录入 */
  | 'LOTTERY'
  /** 无信标：抽取有效，但各处标明“无信标”，保证较弱 */
  | 'NONE'
  /** 抽取现场由见证人录入的数值 */
  | 'WITNESS';

/** 承诺一次抽取：生成快照与承诺值并公开 */
export type CommitDrawInput = {
  /** 信标说明，如“福彩3D 第2026315期”或见证人姓名 */
  beaconNote?: string | null | undefined;
  /** 信标来源 */
  beaconSource: BeaconSource;
  /** 补录理由：单位管理员为已结束的轮次补录抽取时必填（至少 4 个字，记入审计） */
  lateEntryReason?: string | null | undefined;
  /** 计划轮次（须属已备案计划，R24） */
  roundId: string | number;
};

/** 确认派发 */
export type ConfirmDispatchInput = {
  /** 派发记录 */
  dispatchId: string | number;
};

/** 驳回换人申请（有权批准的人，写明理由） */
export type DeclineDrawSwapInput = {
  /** 不予批准的理由 */
  reason: string;
  /** 换人申请 */
  requestId: string | number;
};

/** 抽取状态 */
export type DrawStatus =
  /** 已承诺：快照与承诺值已公开，尚未抽取 */
  | 'COMMITTED'
  /** 已抽取：结果与随机数已公开，不可更改 */
  | 'DRAWN';

/** 换人申请状态 */
export type DrawSwapRequestStatus =
  /** 已批准：随机数与补入人员已公开，检查组已调整 */
  | 'APPROVED'
  /** 已作废：所属抽取被重抽取代 */
  | 'CANCELLED'
  /** 已驳回 */
  | 'DECLINED'
  /** 已申请：快照与承诺值已公开，待批准 */
  | 'REQUESTED';

/** 录入信标 */
export type EnterBeaconInput = {
  /** 信标值，如开奖号码 */
  beacon: string;
  /** 抽取 */
  drawId: string | number;
};

/** 检查来源 */
export type InspectionKind =
  /** 直接检查（投诉举报、转办交办等，非抽取，R23） */
  | 'DIRECT'
  /** 双随机抽取产生 */
  | 'DRAWN';

/** 检查状态（只能前进） */
export type InspectionStatus =
  /** 已取消：所属抽取在检查前被重抽取代（R31），记录保留 */
  | 'CANCELLED'
  /** 已办结 */
  | 'CLOSED'
  /** 已匹配：待牵头部门安排检查日期 */
  | 'MATCHED'
  /** 已提交现场检查记录，待出具检查报告 */
  | 'RECORDED'
  /** 整改中，待复查 */
  | 'RECTIFYING'
  /** 检查报告已审核定稿，待下达整改通知 */
  | 'REPORTED'
  /** 已安排检查日期 */
  | 'SCHEDULED';

/** 登录 */
export type LoginInput = {
  /** 密码 */
  password: string;
  /** 登录名 */
  username: string;
};

/** 计划状态 */
export type PlanStatus =
  /** 已备案：接收机关已确认，可据以抽取（冻结） */
  | 'ACKNOWLEDGED'
  /** 草稿（可修改） */
  | 'DRAFT'
  /** 已报备，待接收机关处理（冻结） */
  | 'FILED'
  /** 被退回（附意见），可修改后重新报备 */
  | 'RETURNED';

/** 批准重抽（部门负责人，R31）：新的抽取取代原抽取，原记录保留 */
export type RedrawInput = {
  /** 信标说明 */
  beaconNote?: string | null | undefined;
  /** 新抽取的信标来源 */
  beaconSource: BeaconSource;
  /** 被取代的抽取 */
  drawId: string | number;
  /** 重抽理由 */
  reason: string;
};

/** 申请换人（R31，DRAW.md §9）：冻结换人快照并公开其摘要与承诺值；补入人员待批准时才随机产生 */
export type RequestDrawSwapInput = {
  /** 抽取 */
  drawId: string | number;
  /** 退出的检查人员 */
  inspectorId: string | number;
  /** 理由，如回避关系 */
  reason: string;
  /** 检查对象 */
  targetId: string | number;
};

/** 用户角色 */
export type Role =
  /** 单位管理员 */
  | 'ADMIN'
  /** 双随机办协调员 */
  | 'COORDINATOR'
  /** 部门负责人 */
  | 'DEPARTMENT_HEAD'
  /** 执法检查人员 */
  | 'INSPECTOR'
  /** 局领导（只读） */
  | 'LEADER'
  /** 法制审核员 */
  | 'LEGAL_REVIEWER'
  /** 督察 */
  | 'OVERSIGHT';

/** 执行抽取 */
export type RunDrawInput = {
  /** 已承诺的抽取 */
  drawId: string | number;
};

/** 换人申请由谁批准 */
export type SwapApproverRole =
  /** 被换人员所在部门的负责人 */
  | 'DEPARTMENT_HEAD'
  /** 局领导（部门负责人本人提出的申请） */
  | 'LEADER';

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { user: { id: string, username: string, displayName: string, roles: Array<Role>, bureau: { name: string }, department: { name: string } } } };

export type DrawPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type DrawPlansQuery = { plans: { edges: Array<{ node: { id: string, title: string, year: number, status: PlanStatus, tasks: Array<{ id: string, name: string, ratioBp: number, teamSize: number, rounds: Array<{ id: string, roundNo: number, windowStart: string, windowEnd: string }> }> } }> }, draws: { edges: Array<{ node: { id: string, roundId: string, status: DrawStatus, committedAt: string, replacesDrawId: string | null, noBeacon: boolean, n: number | null } }> } };

export type DrawRoomQueryVariables = Exact<{
  id: string | number;
}>;


export type DrawRoomQuery = { draw: { id: string, algorithm: string, status: DrawStatus, planId: string, taskId: string, roundId: string, poolDigest: string, commitment: string, beaconSource: BeaconSource, beaconNote: string | null, beacon: string | null, noBeacon: boolean, nonce: string | null, resultDigest: string | null, committedAt: string, drawnAt: string | null, n: number | null, cycleNo: number, cycleClosed: boolean | null, targetCount: number, eligibleInspectorCount: number, replacesDrawId: string | null, redrawReason: string | null, selections: Array<{ position: number, targetId: string, stratum: string, cycle: string, target: { name: string, uscc: string | null, registeredAddress: string | null } | null, inspectors: Array<{ id: string, name: string, badgeNo: string | null, department: { name: string } }> }>, exclusions: Array<{ id: string, kind: string, name: string, reasons: Array<string> }>, swapRequests: Array<{ id: string, status: DrawSwapRequestStatus, reason: string, requestedAt: string, decidedAt: string | null, decisionReason: string | null, approverRole: SwapApproverRole, poolDigest: string, commitment: string, target: { name: string } | null, removedInspector: { name: string, badgeNo: string | null, department: { name: string } } | null }>, swaps: Array<{ id: string, reason: string, createdAt: string, target: { name: string } | null, removedInspector: { name: string, badgeNo: string | null } | null, addedInspector: { name: string, badgeNo: string | null, department: { name: string } } | null }>, dispatches: Array<{ id: string, departmentId: string, targetCount: number, dispatchedAt: string, dueDate: string, dueEstimated: boolean, confirmedAt: string | null, closedAt: string | null, closedReason: string | null }> } };

export type DrawPlanQueryVariables = Exact<{
  id: string | number;
}>;


export type DrawPlanQuery = { plan: { id: string, title: string, year: number, tasks: Array<{ id: string, name: string, departments: Array<{ id: string, name: string }>, rounds: Array<{ id: string, roundNo: number, windowStart: string, windowEnd: string }> }> } };

export type DrawRecordLinkQueryVariables = Exact<{
  path: string;
}>;


export type DrawRecordLinkQuery = { downloadUrl: { url: string } };

export type DrawRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type DrawRecordQuery = { drawRecord: string };

export type CommitDrawMutationVariables = Exact<{
  input: CommitDrawInput;
}>;


export type CommitDrawMutation = { commitDraw: { draw: { id: string } } };

export type EnterDrawBeaconMutationVariables = Exact<{
  input: EnterBeaconInput;
}>;


export type EnterDrawBeaconMutation = { enterDrawBeacon: { draw: { id: string, beacon: string | null } } };

export type RunDrawMutationVariables = Exact<{
  input: RunDrawInput;
}>;


export type RunDrawMutation = { runDraw: { draw: { id: string, status: DrawStatus } } };

export type RedrawMutationVariables = Exact<{
  input: RedrawInput;
}>;


export type RedrawMutation = { redraw: { draw: { id: string } } };

export type RequestDrawSwapMutationVariables = Exact<{
  input: RequestDrawSwapInput;
}>;


export type RequestDrawSwapMutation = { requestDrawSwap: { request: { id: string } } };

export type ApproveDrawSwapMutationVariables = Exact<{
  input: ApproveDrawSwapInput;
}>;


export type ApproveDrawSwapMutation = { approveDrawSwap: { swap: { id: string } } };

export type DeclineDrawSwapMutationVariables = Exact<{
  input: DeclineDrawSwapInput;
}>;


export type DeclineDrawSwapMutation = { declineDrawSwap: { request: { id: string } } };

export type ConfirmDrawDispatchMutationVariables = Exact<{
  input: ConfirmDispatchInput;
}>;


export type ConfirmDrawDispatchMutation = { confirmDrawDispatch: { dispatch: { id: string, confirmedAt: string | null } } };

export type InspectionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionPageQuery = { inspection: { id: string, status: InspectionStatus, kind: InspectionKind, windowStart: string, windowEnd: string, scheduledOn: string | null, reportDue: string | null, target: { name: string, registeredAddress: string | null } | null, leadDepartment: { name: string } | null, itemVersions: Array<{ id: string, name: string, versionNo: number }>, members: Array<{ id: string, leftAt: string | null, inspector: { name: string, badgeNo: string | null, department: { name: string } } | null }> } };

export type MyInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInspectionsQuery = { myInspections: { totalCount: number, edges: Array<{ node: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, scheduledOn: string | null, target: { name: string } | null, leadDepartment: { name: string } | null } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string } };

export type TodoFilingQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoFilingQueueQuery = { planFilingQueue: { totalCount: number } };

export type TodoDispatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoDispatchesQuery = { pendingDrawDispatches: Array<{ id: string, dueDate: string }> };

export type TodoReportsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoReportsDueQuery = { due: { totalCount: number }, overdue: { totalCount: number } };

export type TodoMyInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoMyInspectionsQuery = { myInspections: { totalCount: number } };


export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DrawPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"teamSize"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundNo"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"draws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesDrawId"}},{"kind":"Field","name":{"kind":"Name","value":"noBeacon"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrawPlansQuery, DrawPlansQueryVariables>;
export const DrawRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"poolDigest"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"beaconSource"}},{"kind":"Field","name":{"kind":"Name","value":"beaconNote"}},{"kind":"Field","name":{"kind":"Name","value":"beacon"}},{"kind":"Field","name":{"kind":"Name","value":"noBeacon"}},{"kind":"Field","name":{"kind":"Name","value":"nonce"}},{"kind":"Field","name":{"kind":"Name","value":"resultDigest"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"cycleNo"}},{"kind":"Field","name":{"kind":"Name","value":"cycleClosed"}},{"kind":"Field","name":{"kind":"Name","value":"targetCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleInspectorCount"}},{"kind":"Field","name":{"kind":"Name","value":"replacesDrawId"}},{"kind":"Field","name":{"kind":"Name","value":"redrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"selections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"stratum"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"swapRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}},{"kind":"Field","name":{"kind":"Name","value":"poolDigest"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedInspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"swaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedInspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedInspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dispatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"targetCount"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}}]}}]}}]}}]} as unknown as DocumentNode<DrawRoomQuery, DrawRoomQueryVariables>;
export const DrawPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundNo"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrawPlanQuery, DrawPlanQueryVariables>;
export const DrawRecordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawRecordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DrawRecordLinkQuery, DrawRecordLinkQueryVariables>;
export const DrawRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DrawRecordQuery, DrawRecordQueryVariables>;
export const CommitDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitDrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CommitDrawMutation, CommitDrawMutationVariables>;
export const EnterDrawBeaconDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterDrawBeacon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterBeaconInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterDrawBeacon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beacon"}}]}}]}}]}}]} as unknown as DocumentNode<EnterDrawBeaconMutation, EnterDrawBeaconMutationVariables>;
export const RunDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunDrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RunDrawMutation, RunDrawMutationVariables>;
export const RedrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RedrawMutation, RedrawMutationVariables>;
export const RequestDrawSwapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDrawSwap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDrawSwapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDrawSwap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestDrawSwapMutation, RequestDrawSwapMutationVariables>;
export const ApproveDrawSwapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDrawSwap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveDrawSwapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDrawSwap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"swap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveDrawSwapMutation, ApproveDrawSwapMutationVariables>;
export const DeclineDrawSwapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineDrawSwap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineDrawSwapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineDrawSwap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineDrawSwapMutation, DeclineDrawSwapMutationVariables>;
export const ConfirmDrawDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmDrawDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmDispatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmDrawDispatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmDrawDispatchMutation, ConfirmDrawDispatchMutationVariables>;
export const InspectionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionPageQuery, InspectionPageQueryVariables>;
export const MyInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInspectionsQuery, MyInspectionsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const TodoFilingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoFilingQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFilingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoFilingQueueQuery, TodoFilingQueueQueryVariables>;
export const TodoDispatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoDispatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingDrawDispatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<TodoDispatchesQuery, TodoDispatchesQueryVariables>;
export const TodoReportsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoReportsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoReportsDueQuery, TodoReportsDueQueryVariables>;
export const TodoMyInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoMyInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoMyInspectionsQuery, TodoMyInspectionsQueryVariables>;