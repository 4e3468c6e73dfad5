/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 确认备案 */
export type AcknowledgePlanFilingInput = {
  /** 意见（可不填） */
  comment?: string | null | undefined;
  /** 备案编号 */
  filingId: string | number;
};

/** 给任务添加一个轮次 */
export type AddPlanRoundInput = {
  /** 补录理由：单位管理员补录已结束的轮次时必填（至少 4 个字，记入审计） */
  lateEntryReason?: string | null | undefined;
  /** 任务编号 */
  taskId: string | number;
  /** 结束日（含，在计划年度内；不早于今天） */
  windowEnd: string;
  /** 开始日（YYYY-MM-DD，在计划年度内） */
  windowStart: string;
};

/** 给计划添加任务 */
export type AddPlanTaskInput = {
  /** 计划编号 */
  planId: string | number;
  /** 任务内容 */
  task: PlanTaskInput;
};

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

/** 新建抽查事项（草稿，版本 1） */
export type CreateItemInput = {
  /** 事项编码，留空则自动生成 */
  code?: string | null | undefined;
  /** 内容 */
  content: ItemContentInput;
};

/** 新建抽查计划（草稿） */
export type CreatePlanInput = {
  /** 部门工作计划的部门（默认本人部门）；其他类别不填 */
  departmentId?: string | number | null | undefined;
  /** 类别 */
  kind: PlanKind;
  /** 标题，如 叶县公安局2027年度“双随机、一公开”抽查计划 */
  title: string;
  /** 计划年度，如 2027 */
  year: number;
};

/** 驳回换人申请（有权批准的人，写明理由） */
export type DeclineDrawSwapInput = {
  /** 不予批准的理由 */
  reason: string;
  /** 换人申请 */
  requestId: string | number;
};

/** 部门类别 */
export type DepartmentKind =
  /** 办公室/双随机办（协调部门） */
  | 'COORDINATING'
  /** 参加联合抽查的外部机关（市场监管、文化执法等） */
  | 'EXTERNAL'
  /** 法制部门 */
  | 'LEGAL'
  /** 督察部门 */
  | 'OVERSIGHT'
  /** 执法警种（治安、禁毒、网安、消防、派出所等） */
  | 'POLICE';

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

/** 报备计划 */
export type FilePlanInput = {
  /** 计划编号 */
  planId: string | number;
  /** 接收机关：上一级公安机关（部门工作计划、无上级的机关为本单位） */
  toBureauId: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 备案处理结论 */
export type FilingDecision =
  /** 确认备案 */
  | 'ACKNOWLEDGED'
  /** 退回修改（附意见） */
  | 'RETURNED';

/** 执行检查的层级 */
export type FrequencyLevel =
  /** 市级公安机关 */
  | 'CITY'
  /** 县级公安机关业务部门 */
  | 'COUNTY'
  /** 派出所 */
  | 'POLICE_STATION';

/** 频次周期 */
export type FrequencyPeriod =
  /** 每半年 */
  | 'HALF_YEAR'
  /** 每月 */
  | 'MONTH'
  /** 每季度 */
  | 'QUARTER'
  /** 每年 */
  | 'YEAR';

/** 按等级和层级的抽查频次规则（R4） */
export type FrequencyRuleInput = {
  /** 对象等级（如 A、B、C） */
  grade?: string | null | undefined;
  /** 执行层级 */
  level?: FrequencyLevel | null | undefined;
  /** 最低抽查比例（万分之一） */
  minimumRatioBp?: number | null | undefined;
  /** 周期 */
  per: FrequencyPeriod;
  /** 次数（≥1） */
  times: number;
};

/** 检查来源 */
export type InspectionKind =
  /** 直接检查（投诉举报、转办交办等，非抽取，R23） */
  | 'DIRECT'
  /** 双随机抽取产生 */
  | 'DRAWN';

/** 检查方式 */
export type InspectionMethod =
  /** 书面检查 */
  | 'DOCUMENTARY'
  /** 网络检查（网上监测） */
  | 'ONLINE'
  /** 实地（现场）检查 */
  | 'ON_SITE';

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

/** 事项类别 */
export type ItemCategory =
  /** 一般检查事项 */
  | 'GENERAL'
  /** 一般检查事项和重点检查事项相结合 */
  | 'GENERAL_AND_KEY'
  /** 重点检查事项 */
  | 'KEY';

/** 事项内容（每个版本一份） */
export type ItemContentInput = {
  /** 适用的行业类别代码（见 businessCategories 查询） */
  businessCategories?: Array<string>;
  /** 事项类别 */
  category: ItemCategory;
  /** 检查内容子项（按顺序编号） */
  checkContents?: Array<string>;
  /** 跨部门联合抽查事项（比例下限可为 3%） */
  crossAgencyJoint?: boolean;
  /** 检查主体（本单位执法部门） */
  departmentId: string | number;
  /** 每年抽查频次（≥1） */
  frequencyPerYear: number;
  /** 按等级、层级细分的频次规则 */
  frequencyRules?: Array<FrequencyRuleInput>;
  /** 抽查依据，至少一条 */
  legalBasis: Array<LegalBasisInput>;
  /** 检查方式，至少一种 */
  methods: Array<InspectionMethod>;
  /** 抽查事项名称 */
  name: string;
  /** 备注 */
  notes?: string | null | undefined;
  /** 检查人员须具备的技能（R15） */
  requiredSkills?: Array<string>;
  /** 档案保存期限（年）：有关规定对本事项的检查材料另定保存期限时填写，不少于 2 年；留空即没有规定，按检查对象存续期间加两年保存（R42） */
  retentionYears?: number | null | undefined;
  /** 抽查比例，万分之一为单位：500 即 5% */
  samplingRatioBp: number;
  /** 检查对象，如 全县网吧业 */
  targetType: string;
};

/** 抽查事项筛选条件 */
export type ItemFilter = {
  /** 所属机关（默认本单位和上级发布的） */
  bureauId?: string | number | null | undefined;
  /** 检查主体（部门） */
  departmentId?: string | number | null | undefined;
  /** 状态 */
  status?: ItemStatus | null | undefined;
  /** 有此状态的版本（如 IN_REVIEW：法制审核待办，APPROVED：待发布） */
  versionStatus?: ItemVersionStatus | null | undefined;
};

/** 事项状态 */
export type ItemStatus =
  /** 未发布 */
  | 'DRAFT'
  /** 已发布（可纳入计划、可检查） */
  | 'PUBLISHED'
  /** 已停用 */
  | 'RETIRED';

/** 对一个版本执行流转操作 */
export type ItemVersionActionInput = {
  /** 读取时的并发版本号 */
  version: number;
  /** 版本编号 */
  versionId: string | number;
};

/** 事项版本状态 */
export type ItemVersionStatus =
  /** 法制审核通过，待发布 */
  | 'APPROVED'
  /** 草稿 */
  | 'DRAFT'
  /** 法制审核中 */
  | 'IN_REVIEW'
  /** 已发布 */
  | 'PUBLISHED'
  /** 已停用 */
  | 'RETIRED'
  /** 已退回修改 */
  | 'RETURNED'
  /** 已被新版本取代 */
  | 'SUPERSEDED'
  /** 已撤回 */
  | 'WITHDRAWN';

/** 抽查依据 */
export type LegalBasisInput = {
  /** 条款，如 第三条、第三十二条 */
  articles?: string | null | undefined;
  /** 法律、法规或规章名称，如《旅馆业治安管理办法》 */
  law: string;
};

/** 登录 */
export type LoginInput = {
  /** 密码 */
  password: string;
  /** 登录名 */
  username: string;
};

/** 待处理备案筛选条件 */
export type PlanFilingQueueFilter = {
  /** 报备机关 */
  bureauId?: string | number | null | undefined;
  /** 是否包括已处理的备案（默认只列待处理的） */
  includeDecided?: boolean;
  /** 计划类别 */
  kind?: PlanKind | null | undefined;
  /** 年度 */
  year?: number | null | undefined;
};

/** 抽查计划筛选条件 */
export type PlanFilter = {
  /** 编制机关（默认本单位及下级） */
  bureauId?: string | number | null | undefined;
  /** 部门（部门工作计划） */
  departmentId?: string | number | null | undefined;
  /** 类别 */
  kind?: PlanKind | null | undefined;
  /** 状态 */
  status?: PlanStatus | null | undefined;
  /** 年度 */
  year?: number | null | undefined;
};

/** 计划类别 */
export type PlanKind =
  /** 本单位年度抽查计划，向上一级公安机关备案（R19、R20） */
  | 'BUREAU'
  /** 部门工作计划，向本单位双随机办备案（R8、R19） */
  | 'DEPARTMENT'
  /** 双随机办向各部门下达的联合抽查计划，向上一级公安机关备案（R21） */
  | 'JOINT';

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

/** 抽查任务内容 */
export type PlanTaskInput = {
  /** 对象范围：行业类别代码（空为不限） */
  businessCategories?: Array<string>;
  /** 参加部门（本单位的执法检查部门） */
  departmentIds: Array<string | number>;
  /** 参加联合抽查的外部机关名称 */
  externalAgencies?: Array<string>;
  /** 对象范围：等级（空为不限） */
  grades?: Array<string>;
  /** 抽查事项版本（已发布的；本单位或上级机关发布的） */
  itemVersionIds: Array<string | number>;
  /** 是否联合抽查（多个部门或有外部机关时必须是） */
  joint?: boolean;
  /** 任务名称 */
  name: string;
  /** 抽查比例（万分之一），不低于各事项的比例和本单位最低比例 */
  ratioBp: number;
  /** 对象范围：区域代码（本单位辖区内；空为不限） */
  regionCodes?: Array<string>;
  /**
   * 已弃用：每个参加部门都须在每个检查组中（DRAW.md §2）；如填写，须与参加部门完全相同
   * @deprecated 由 departmentIds 决定：每个参加部门都在每个检查组中
   */
  requiredDepartmentIds?: Array<string | number> | null | undefined;
  /** 另加的技能要求（各事项要求的技能总是包括在内） */
  requiredSkills?: Array<string>;
  /** 一并抽取其检查对象的下级单位（上级部署的任务，R41）；发现的问题由对象所属单位处理 */
  subordinateBureauIds?: Array<string | number>;
  /** 每组执法检查人员数（≥2，R29） */
  teamSize: number;
  /** 每年抽查次数（≥1） */
  timesPerYear: number;
};

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

/** 停用已发布的事项 */
export type RetireItemInput = {
  /** 事项编号 */
  itemId: string | number;
  /** 停用原因 */
  reason: string;
};

/** 退回备案 */
export type ReturnPlanFilingInput = {
  /** 退回意见（必填） */
  comment: string;
  /** 备案编号 */
  filingId: string | number;
};

/** 法制审核结论 */
export type ReviewDecision =
  /** 通过 */
  | 'APPROVE'
  /** 退回修改（须写明意见） */
  | 'RETURN';

/** 法制审核 */
export type ReviewItemInput = {
  /** 审核意见（退回时必填） */
  comment?: string | null | undefined;
  /** 结论 */
  decision: ReviewDecision;
  /** 读取时的并发版本号 */
  version: number;
  /** 版本编号 */
  versionId: string | number;
};

/** 修订已发布的事项：新建下一版本草稿，须重新经法制审核 */
export type ReviseItemInput = {
  /** 新版本内容 */
  content: ItemContentInput;
  /** 事项编号 */
  itemId: string | number;
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

/** 修改草稿或退回的版本 */
export type UpdateItemDraftInput = {
  /** 新内容 */
  content: ItemContentInput;
  /** 读取时的并发版本号 */
  version: number;
  /** 版本编号 */
  versionId: string | number;
};

/** 修改任务（计划为草稿或被退回时） */
export type UpdatePlanTaskInput = {
  /** 新内容 */
  task: PlanTaskInput;
  /** 任务编号 */
  taskId: string | number;
  /** 读取时的任务版本号 */
  version: number;
};

export type ItemListQueryVariables = Exact<{
  filter?: ItemFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ItemListQuery = { inspectionItems: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, code: string, status: ItemStatus, latestVersionNo: number, bureau: { name: string } | null, department: { name: string } | null, publishedVersion: { id: string, versionNo: number } | null, versions: Array<{ id: string, versionNo: number, status: ItemVersionStatus, name: string, submittedAt: string | null }> } }> } };

export type ItemVersionFieldsFragment = { id: string, version: number, versionNo: number, status: ItemVersionStatus, name: string, departmentId: string, targetType: string, category: ItemCategory, samplingRatioBp: number, frequencyPerYear: number, methods: Array<InspectionMethod>, businessCategories: Array<string>, requiredSkills: Array<string>, crossAgencyJoint: boolean, retentionYears: number | null, notes: string | null, createdAt: string, submittedAt: string | null, reviewedAt: string | null, reviewComment: string | null, publishedAt: string | null, retiredAt: string | null, department: { name: string } | null, frequencyRules: Array<{ grade: string | null, level: FrequencyLevel | null, times: number, per: FrequencyPeriod, minimumRatioBp: number | null }>, legalBasis: Array<{ law: string, articles: string | null }>, checkContents: Array<{ no: number, text: string }>, reviewer: { displayName: string } | null };

export type ItemQueryVariables = Exact<{
  id: string | number;
}>;


export type ItemQuery = { inspectionItem: { id: string, code: string, status: ItemStatus, bureauId: string, departmentId: string, bureau: { name: string } | null, department: { name: string } | null, publishedVersion: { id: string, versionNo: number } | null, versions: Array<{ id: string, version: number, versionNo: number, status: ItemVersionStatus, name: string, departmentId: string, targetType: string, category: ItemCategory, samplingRatioBp: number, frequencyPerYear: number, methods: Array<InspectionMethod>, businessCategories: Array<string>, requiredSkills: Array<string>, crossAgencyJoint: boolean, retentionYears: number | null, notes: string | null, createdAt: string, submittedAt: string | null, reviewedAt: string | null, reviewComment: string | null, publishedAt: string | null, retiredAt: string | null, department: { name: string } | null, frequencyRules: Array<{ grade: string | null, level: FrequencyLevel | null, times: number, per: FrequencyPeriod, minimumRatioBp: number | null }>, legalBasis: Array<{ law: string, articles: string | null }>, checkContents: Array<{ no: number, text: string }>, reviewer: { displayName: string } | null }> }, businessCategories: Array<{ code: string, name: string }> };

export type BusinessCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessCategoriesQuery = { businessCategories: Array<{ code: string, name: string }> };

export type CreateItemMutationVariables = Exact<{
  input: CreateItemInput;
}>;


export type CreateItemMutation = { createItem: { item: { id: string } } };

export type UpdateItemDraftMutationVariables = Exact<{
  input: UpdateItemDraftInput;
}>;


export type UpdateItemDraftMutation = { updateItemDraft: { item: { id: string } } };

export type ReviseItemMutationVariables = Exact<{
  input: ReviseItemInput;
}>;


export type ReviseItemMutation = { reviseItem: { item: { id: string } } };

export type SubmitItemMutationVariables = Exact<{
  input: ItemVersionActionInput;
}>;


export type SubmitItemMutation = { submitItem: { itemVersion: { id: string, status: ItemVersionStatus } } };

export type WithdrawItemDraftMutationVariables = Exact<{
  input: ItemVersionActionInput;
}>;


export type WithdrawItemDraftMutation = { withdrawItemDraft: { itemVersion: { id: string, status: ItemVersionStatus } } };

export type ReviewItemMutationVariables = Exact<{
  input: ReviewItemInput;
}>;


export type ReviewItemMutation = { reviewItem: { itemVersion: { id: string, status: ItemVersionStatus } } };

export type PublishItemMutationVariables = Exact<{
  input: ItemVersionActionInput;
}>;


export type PublishItemMutation = { publishItem: { itemVersion: { id: string, status: ItemVersionStatus } } };

export type RetireItemMutationVariables = Exact<{
  input: RetireItemInput;
}>;


export type RetireItemMutation = { retireItem: { item: { id: string, status: ItemStatus } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type MyBureauQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBureauQuery = { me: { user: { id: string, department: { id: string }, bureau: { id: string, name: string, parent: { id: string, name: string } | null, departments: Array<{ id: string, name: string, kind: DepartmentKind, active: boolean }> } } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { user: { id: string, username: string, displayName: string, roles: Array<Role>, bureau: { name: string }, department: { name: string } } } };

export type DrawPlansQueryVariables = Exact<{
  filter?: PlanFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type DrawPlansQuery = { plans: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, year: number, status: PlanStatus, bureauId: string, bureau: { name: string } | null, tasks: Array<{ id: string, name: string, ratioBp: number, teamSize: number, rounds: Array<{ id: string, roundNo: number, windowStart: string, windowEnd: string }> }> } }> } };

export type PlanDrawsQueryVariables = Exact<{
  planId: string | number;
}>;


export type PlanDrawsQuery = { draws: { edges: Array<{ node: { id: string, roundId: string, status: DrawStatus, committedAt: string, replacesDrawId: string | null, noBeacon: boolean, n: number | null } }> } };

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

export type PlanListQueryVariables = Exact<{
  filter?: PlanFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type PlanListQuery = { plans: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, year: number, kind: PlanKind, status: PlanStatus, filingCount: number, updatedAt: string, bureau: { name: string } | null, department: { name: string } | null, warnings: Array<{ code: string }> } }> } };

export type WarningFieldsFragment = { code: string, message: string, taskName: string, planned: number, required: number, grade: string | null };

export type FilingFieldsFragment = { id: string, filingNo: number, filedAt: string, filedToBureauId: string, decision: FilingDecision | null, decidedAt: string | null, comment: string | null, content: unknown, filedTo: { name: string } | null, filer: { displayName: string } | null, decider: { displayName: string } | null, warnings: Array<{ code: string, message: string, taskName: string, planned: number, required: number, grade: string | null }> };

export type PlanDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanDetailQuery = { plan: { id: string, title: string, year: number, kind: PlanKind, status: PlanStatus, version: number, bureauId: string, departmentId: string | null, bureau: { id: string, name: string, parent: { id: string, name: string } | null, departments: Array<{ id: string, name: string }> } | null, department: { name: string } | null, warnings: Array<{ code: string, message: string, taskName: string, planned: number, required: number, grade: string | null }>, tasks: Array<{ id: string, version: number, name: string, ratioBp: number, timesPerYear: number, teamSize: number, joint: boolean, regionCodes: Array<string>, businessCategories: Array<string>, grades: Array<string>, requiredSkills: Array<string>, externalAgencies: Array<string>, departmentIds: Array<string>, itemVersionIds: Array<string>, departments: Array<{ name: string }>, itemVersions: Array<{ id: string, name: string, versionNo: number }>, rounds: Array<{ id: string, roundNo: number, windowStart: string, windowEnd: string }> }>, filings: Array<{ id: string, filingNo: number, filedAt: string, filedToBureauId: string, decision: FilingDecision | null, decidedAt: string | null, comment: string | null, content: unknown, filedTo: { name: string } | null, filer: { displayName: string } | null, decider: { displayName: string } | null, warnings: Array<{ code: string, message: string, taskName: string, planned: number, required: number, grade: string | null }> }> } };

export type PublishedItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishedItemsQuery = { inspectionItems: { edges: Array<{ node: { id: string, bureau: { name: string } | null, publishedVersion: { id: string, name: string, versionNo: number, samplingRatioBp: number, frequencyPerYear: number } | null } }> }, businessCategories: Array<{ code: string, name: string }> };

export type CreatePlanFormMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreatePlanFormMutation = { createPlan: { plan: { id: string } } };

export type AddPlanTaskFormMutationVariables = Exact<{
  input: AddPlanTaskInput;
}>;


export type AddPlanTaskFormMutation = { addPlanTask: { task: { id: string } } };

export type UpdatePlanTaskFormMutationVariables = Exact<{
  input: UpdatePlanTaskInput;
}>;


export type UpdatePlanTaskFormMutation = { updatePlanTask: { task: { id: string } } };

export type AddPlanRoundFormMutationVariables = Exact<{
  input: AddPlanRoundInput;
}>;


export type AddPlanRoundFormMutation = { addPlanRound: { round: { id: string } } };

export type FilePlanFormMutationVariables = Exact<{
  input: FilePlanInput;
}>;


export type FilePlanFormMutation = { filePlan: { plan: { id: string, status: PlanStatus } } };

export type AcknowledgeFilingMutationVariables = Exact<{
  input: AcknowledgePlanFilingInput;
}>;


export type AcknowledgeFilingMutation = { acknowledgePlanFiling: { plan: { id: string, status: PlanStatus } } };

export type ReturnFilingMutationVariables = Exact<{
  input: ReturnPlanFilingInput;
}>;


export type ReturnFilingMutation = { returnPlanFiling: { plan: { id: string, status: PlanStatus } } };

export type FilingQueueQueryVariables = Exact<{
  filter?: PlanFilingQueueFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type FilingQueueQuery = { planFilingQueue: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, planId: string, filingNo: number, year: number, kind: PlanKind, filedAt: string, decision: FilingDecision | null, bureau: { name: string } | null, filer: { displayName: string } | null, plan: { title: string } | null, warnings: Array<{ code: string }> } }> } };

export type TodoFilingQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoFilingQueueQuery = { planFilingQueue: { totalCount: number } };

export type TodoDispatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoDispatchesQuery = { pendingDrawDispatches: Array<{ id: string, drawId: string, departmentId: string, dueDate: string }> };

export type TodoSwapRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoSwapRequestsQuery = { pendingDrawSwapRequests: Array<{ id: string, drawId: string, departmentId: string, approverRole: SwapApproverRole }> };

export type TodoLegalReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoLegalReviewQuery = { inspectionItems: { totalCount: number } };

export type TodoReportsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoReportsDueQuery = { due: { totalCount: number, edges: Array<{ node: { id: string, reportDue: string | null } }> }, overdue: { totalCount: number, edges: Array<{ node: { id: string, reportDue: string | null } }> } };

export type TodoRectificationsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoRectificationsDueQuery = { waiting: { totalCount: number, edges: Array<{ node: { inspectionId: string, deadline: string } }> }, due: { totalCount: number, edges: Array<{ node: { inspectionId: string, deadline: string } }> } };

export type TodoMyInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoMyInspectionsQuery = { myInspections: { totalCount: number } };

export const ItemVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionItemVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRatioBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"law"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkContents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"crossAgencyJoint"}},{"kind":"Field","name":{"kind":"Name","value":"retentionYears"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]} as unknown as DocumentNode<ItemVersionFieldsFragment, unknown>;
export const WarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]} as unknown as DocumentNode<WarningFieldsFragment, unknown>;
export const FilingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filingNo"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedToBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"filedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]} as unknown as DocumentNode<FilingFieldsFragment, unknown>;
export const ItemListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNo"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemListQuery, ItemListQueryVariables>;
export const ItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Item"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemVersionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionItemVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRatioBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"law"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkContents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"crossAgencyJoint"}},{"kind":"Field","name":{"kind":"Name","value":"retentionYears"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]} as unknown as DocumentNode<ItemQuery, ItemQueryVariables>;
export const BusinessCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BusinessCategoriesQuery, BusinessCategoriesQueryVariables>;
export const CreateItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateItemMutation, CreateItemMutationVariables>;
export const UpdateItemDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateItemDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateItemDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateItemDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateItemDraftMutation, UpdateItemDraftMutationVariables>;
export const ReviseItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseItemMutation, ReviseItemMutationVariables>;
export const SubmitItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitItemMutation, SubmitItemMutationVariables>;
export const WithdrawItemDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawItemDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawItemDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawItemDraftMutation, WithdrawItemDraftMutationVariables>;
export const ReviewItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewItemMutation, ReviewItemMutationVariables>;
export const PublishItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemVersionActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PublishItemMutation, PublishItemMutationVariables>;
export const RetireItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RetireItemMutation, RetireItemMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyBureauQuery, MyBureauQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const DrawPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"teamSize"}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundNo"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DrawPlansQuery, DrawPlansQueryVariables>;
export const PlanDrawsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDraws"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"replacesDrawId"}},{"kind":"Field","name":{"kind":"Name","value":"noBeacon"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanDrawsQuery, PlanDrawsQueryVariables>;
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
export const PlanListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filingCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanListQuery, PlanListQueryVariables>;
export const PlanDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"teamSize"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"externalAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionIds"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundNo"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filingNo"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedToBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"filedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}}]} as unknown as DocumentNode<PlanDetailQuery, PlanDetailQueryVariables>;
export const PublishedItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyPerYear"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublishedItemsQuery, PublishedItemsQueryVariables>;
export const CreatePlanFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanFormMutation, CreatePlanFormMutationVariables>;
export const AddPlanTaskFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanTaskForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlanTaskFormMutation, AddPlanTaskFormMutationVariables>;
export const UpdatePlanTaskFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanTaskForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanTaskFormMutation, UpdatePlanTaskFormMutationVariables>;
export const AddPlanRoundFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanRoundForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlanRoundFormMutation, AddPlanRoundFormMutationVariables>;
export const FilePlanFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilePlanForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FilePlanFormMutation, FilePlanFormMutationVariables>;
export const AcknowledgeFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgePlanFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgePlanFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeFilingMutation, AcknowledgeFilingMutationVariables>;
export const ReturnFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPlanFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPlanFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnFilingMutation, ReturnFilingMutationVariables>;
export const FilingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilingQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFilingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"filingNo"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingQueueQuery, FilingQueueQueryVariables>;
export const TodoFilingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoFilingQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFilingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoFilingQueueQuery, TodoFilingQueueQueryVariables>;
export const TodoDispatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoDispatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingDrawDispatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drawId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<TodoDispatchesQuery, TodoDispatchesQueryVariables>;
export const TodoSwapRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoSwapRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingDrawSwapRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drawId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}}]}}]}}]} as unknown as DocumentNode<TodoSwapRequestsQuery, TodoSwapRequestsQueryVariables>;
export const TodoLegalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoLegalReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"versionStatus"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoLegalReviewQuery, TodoLegalReviewQueryVariables>;
export const TodoReportsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoReportsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoReportsDueQuery, TodoReportsDueQueryVariables>;
export const TodoRectificationsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoRectificationsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"rectificationsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"rectificationsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"due"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoRectificationsDueQuery, TodoRectificationsDueQueryVariables>;
export const TodoMyInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoMyInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoMyInspectionsQuery, TodoMyInspectionsQueryVariables>;