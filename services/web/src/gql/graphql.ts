/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 开始办理（督察） */
export type AcceptAppealInput = {
  /** 异议或投诉 */
  id: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 确认备案 */
export type AcknowledgePlanFilingInput = {
  /** 意见（可不填） */
  comment?: string | null | undefined;
  /** 备案编号 */
  filingId: string | number;
};

/** 登记许可证件 */
export type AddPermitInput = {
  /** 许可证号 */
  permitNo: string;
  /** 许可类型 */
  permitType: string;
  /** 检查对象 */
  targetId: string | number;
  /** 有效期起 YYYY-MM-DD */
  validFrom?: string | null | undefined;
  /** 有效期止 YYYY-MM-DD */
  validUntil?: string | null | undefined;
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

/** 调整一个下级单位的得分（须写明理由） */
export type AdjustAssessmentScoreInput = {
  /** 考核 */
  assessmentId: string | number;
  /** 被考核单位 */
  bureauId: string | number;
  /** 调整分值（正为加分，负为减分；最多两位小数） */
  points: number;
  /** 理由 */
  reason: string;
};

/** 答复异议或投诉（督察）：成立的异议编制更正文书，经审核后取代原公示 */
export type AnswerAppealInput = {
  /** 书面答复 */
  answer: string;
  /** 更正后的双公示事项（成立的异议针对行政处罚结果时必填；按脱敏规则公示，经审核后取代原公示） */
  correctedPenalty?: PenaltyFactsInput | null | undefined;
  /** 更正后的检查结果（成立的异议针对检查结果时） */
  correctedResult?: InspectionResultCode | null | undefined;
  /** 结论 */
  decision: AppealDecision;
  /** 异议或投诉 */
  id: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 下级答复复查发现的问题 */
export type AnswerRecheckFindingInput = {
  /** 答复（至少 4 个字） */
  answer: string;
  /** 问题 */
  findingId: string | number;
  /** 已更正或说明理由 */
  kind: RecheckAnswerKind;
  /** 更正公示的检查结果（已公示时；不填则按更正后的检查重新生成） */
  publishedResult?: InspectionResultCode | null | undefined;
};

/** 督察的答复结论 */
export type AppealDecision =
  /** 不成立 */
  | 'REJECTED'
  /** 成立 */
  | 'UPHELD';

/** 异议、投诉筛选 */
export type AppealFilter = {
  /** 类别 */
  kind?: AppealKind | null | undefined;
  /** 只看未答复的（待办理与办理中） */
  openOnly?: boolean | null | undefined;
  /** 只看已逾期未答复的 */
  overdueOnly?: boolean | null | undefined;
  /** 状态 */
  status?: AppealStatus | null | undefined;
};

/** 异议或投诉（R49、R57） */
export type AppealKind =
  /** 投诉 */
  | 'COMPLAINT'
  /** 异议（对公示内容） */
  | 'OBJECTION';

/** 异议、投诉的办理状态 */
export type AppealStatus =
  /** 已受理登记，待督察办理 */
  | 'FILED'
  /** 办理中 */
  | 'IN_HANDLING'
  /** 不成立 */
  | 'REJECTED'
  /** 成立 */
  | 'UPHELD';

/** 批准换人申请（被换人员所在部门负责人，非申请人；部门负责人本人申请的由局领导批准） */
export type ApproveDrawSwapInput = {
  /** 换人申请 */
  requestId: string | number;
};

/** 审核公示（R48）：冻结、脱敏并公示 */
export type ApprovePublicationInput = {
  /** 公示文书 */
  id: string | number;
  /** 读取时的版本号 */
  rowVersion: number;
  /** 标为国家秘密、商业秘密或个人隐私而不予公示的字段 */
  secretFields?: Array<string> | null | undefined;
};

/** 指标方向 */
export type AssessmentDirection =
  /** 越高越好 */
  | 'HIGHER_BETTER'
  /** 越低越好 */
  | 'LOWER_BETTER';

/** 考核指标（R55） */
export type AssessmentIndicatorKey =
  /** 覆盖率 */
  | 'COVERAGE'
  /** 问题发现率 */
  | 'FINDING'
  /** 联合抽查占比 */
  | 'JOINT_SHARE'
  /** 异议成立率（越低越好） */
  | 'OBJECTION_UPHELD'
  /** 逾期事项数（越少越好） */
  | 'OVERDUE'
  /** 计划完成率 */
  | 'PLAN_COMPLETION'
  /** 公示率 */
  | 'PUBLICATION'
  /** 按时公示率 */
  | 'PUBLICATION_ON_TIME'
  /** 复查一致率 */
  | 'RECHECK_AGREEMENT'
  /** 整改完结率 */
  | 'RECTIFICATION_CLOSED'
  /** 按时报告率 */
  | 'REPORT_ON_TIME';

/** 指标类别 */
export type AssessmentIndicatorKind =
  /** 计数 */
  | 'COUNT'
  /** 比率（分子 ÷ 分母，百分比） */
  | 'RATE';

/** 考核期间 */
export type AssessmentPeriod =
  /** 上半年 */
  | 'H1'
  /** 下半年 */
  | 'H2'
  /** 全年 */
  | 'YEAR';

/** 构成指标数字的记录类别 */
export type AssessmentRecordKind =
  /** 异议或投诉 */
  | 'APPEAL'
  /** 检查 */
  | 'INSPECTION'
  /** 责令整改通知书 */
  | 'NOTICE'
  /** 公示文书 */
  | 'PUBLICATION'
  /** 复查项（按被复查的检查） */
  | 'RECHECK'
  /** 检查对象 */
  | 'TARGET';

/** 下钻：一个指标数字背后的记录 */
export type AssessmentRecordsInput = {
  /** 考核 */
  assessmentId: string | number;
  /** 被考核单位 */
  bureauId: string | number;
  /** 只看计入分子的（true）或未计入的（false，如逾期报告、未公示结果）；不填为全部 */
  counted?: boolean | null | undefined;
  /** 只看一个部门 */
  departmentId?: string | number | null | undefined;
  /** 最多返回条数（默认 200，至多 1000） */
  first?: number | null | undefined;
  /** 指标 */
  indicator: AssessmentIndicatorKey;
};

/** 考核标准中的一个指标 */
export type AssessmentStandardIndicatorInput = {
  /** 满分点（%，比率类） */
  full?: number | null | undefined;
  /** 指标 */
  key: AssessmentIndicatorKey;
  /** 每项扣分（计数类） */
  perItem?: number | null | undefined;
  /** 权重（%，各指标之和须为 100） */
  weight: number;
  /** 零分点（%，比率类） */
  zero?: number | null | undefined;
};

/** 考核状态 */
export type AssessmentStatus =
  /** 计算、调整中 */
  | 'DRAFT'
  /** 已发布（冻结） */
  | 'ISSUED';

/** 审计记录筛选条件 */
export type AuditEntryFilter = {
  /** 操作人（用户编号） */
  actorUserId?: string | number | null | undefined;
  /** 操作人所属机关 */
  bureauId?: string | number | null | undefined;
  /** 起始日 YYYY-MM-DD（北京时间，含当日） */
  from?: string | null | undefined;
  /** 对象编号 */
  objectId?: string | null | undefined;
  /** 对象类型 */
  objectType?: string | null | undefined;
  /** 操作 */
  operation?: string | null | undefined;
  /** 截止日 YYYY-MM-DD（北京时间，含当日） */
  to?: string | null | undefined;
};

/** 信标来源：承诺时确定，抽取前不可更改（DRAW.md §1） */
export type BeaconSource =
  /** 承诺之后开奖的彩票号码，由承诺人以外的另一人录入 */
  | 'LOTTERY'
  /** 无信标：抽取有效，但各处标明“无信标”，保证较弱 */
  | 'NONE'
  /** 抽取现场由见证人录入的数值 */
  | 'WITNESS';

/** 公安机关层级 */
export type BureauLevel =
  /** 市级（市局） */
  | 'CITY'
  /** 县级（县局/区局） */
  | 'COUNTY'
  /** 省级（公安厅） */
  | 'PROVINCE';

/** 修改本人密码 */
export type ChangePasswordInput = {
  /** 当前密码 */
  currentPassword: string;
  /** 新密码：至少 10 位，含字母和数字，不含登录名 */
  newPassword: string;
};

/** 检查内容的结论 */
export type CheckAnswer =
  /** 不正常 */
  | 'ABNORMAL'
  /** 正常 */
  | 'NORMAL';

/** 检查内容的结论 */
export type ChecklistAnswerInput = {
  /** 事项版本 */
  itemVersionId: string | number;
  /** 检查内容序号 */
  no: number;
  /** 备注（不正常时必填） */
  remark?: string | null | undefined;
  /** 正常/不正常 */
  result: CheckAnswer;
};

/** 移出信用名单或信用修复 */
export type CloseCreditEntryInput = {
  /** 名单条目 */
  id: string | number;
  /** 移出原因（信用修复时写修复情况） */
  reason: string;
  /** 移出日期 YYYY-MM-DD */
  removedOn: string;
  /** 读取时的版本 */
  version: number;
};

/** 上级销号 */
export type CloseRecheckFindingInput = {
  /** 销号意见 */
  comment: string;
  /** 问题 */
  findingId: string | number;
};

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

/** 计算（或重新计算）一个期间的考核：按该期间现行的考核标准 */
export type ComputeAssessmentInput = {
  /** 期间 */
  period: AssessmentPeriod;
  /** 年度 */
  year: number;
};

/** 确认派发 */
export type ConfirmDispatchInput = {
  /** 派发记录 */
  dispatchId: string | number;
};

/** 利害关系 */
export type ConflictRelation =
  /** 经济利益 */
  | 'FINANCIAL_INTEREST'
  /** 曾任职 */
  | 'FORMER_EMPLOYER'
  /** 近亲属 */
  | 'KIN'
  /** 其他 */
  | 'OTHER';

/** 制定一个期间的考核标准（第 1 版） */
export type CreateAssessmentStandardInput = {
  /** 指标、权重与计分方法 */
  indicators: Array<AssessmentStandardIndicatorInput>;
  /** 名称 */
  name: string;
  /** 期间 */
  period: AssessmentPeriod;
  /** 年度 */
  year: number;
};

/** 新建部门 */
export type CreateDepartmentInput = {
  /** 部门代码：小写字母开头，字母、数字、-、_，最长 32 */
  code: string;
  /** 类别 */
  kind: DepartmentKind;
  /** 名称 */
  name: string;
};

/** 登记检查人员 */
export type CreateInspectorInput = {
  /** 信息 */
  inspector: InspectorInput;
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

/** 登记检查对象 */
export type CreateTargetInput = {
  /** 信息 */
  target: TargetInput;
};

/** 新建用户 */
export type CreateUserInput = {
  /** 所属部门（本单位） */
  departmentId: string | number;
  /** 姓名 */
  displayName: string;
  /** 初始密码：至少 10 位，含字母和数字 */
  initialPassword: string;
  /** 角色，至少一个 */
  roles: Array<Role>;
  /** 登录名：小写字母开头，3 到 64 位，全系统唯一 */
  username: string;
};

/** 列入依据的种类 */
export type CreditCauseKind =
  /** 检查发现问题（审核通过的检查报告） */
  | 'INSPECTION'
  /** 行政处罚决定（责令整改后处罚） */
  | 'PENALTY';

/** 信用名单条目筛选条件 */
export type CreditEntryFilter = {
  /** 决定机关（本单位或下级） */
  bureauId?: string | number | null | undefined;
  /** 名单 */
  list?: CreditList | null | undefined;
  /** 列入日期不早于 YYYY-MM-DD */
  listedFrom?: string | null | undefined;
  /** 列入日期不晚于 YYYY-MM-DD */
  listedTo?: string | null | undefined;
  /** 状态 */
  state?: CreditEntryState | null | undefined;
  /** 检查对象 */
  targetId?: string | number | null | undefined;
};

/** 名单条目状态 */
export type CreditEntryState =
  /** 列入中 */
  | 'LISTED'
  /** 已移出 */
  | 'REMOVED'
  /** 已信用修复 */
  | 'REPAIRED';

/** 信用名单（R50） */
export type CreditList =
  /** 经营异常名录 */
  | 'ABNORMAL_OPERATION'
  /** 黑名单（附限制措施） */
  | 'BLACKLIST'
  /** 严重违法失信名单 */
  | 'SERIOUS_DISHONESTY';

/** 申报利害关系 */
export type DeclareConflictInput = {
  /** 说明 */
  detail?: string | null | undefined;
  /** 检查人员 */
  inspectorId: string | number;
  /** 关系 */
  relation: ConflictRelation;
  /** 起始日 YYYY-MM-DD */
  since: string;
  /** 检查对象 */
  targetId: string | number;
  /** 截止日 YYYY-MM-DD */
  until?: string | null | undefined;
};

/** 驳回换人申请（有权批准的人，写明理由） */
export type DeclineDrawSwapInput = {
  /** 不予批准的理由 */
  reason: string;
  /** 换人申请 */
  requestId: string | number;
};

/** 部门筛选条件 */
export type DepartmentFilter = {
  /** 是否启用 */
  active?: boolean | null | undefined;
  /** 所属机关 */
  bureauId?: string | number | null | undefined;
  /** 类别 */
  kind?: DepartmentKind | null | undefined;
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

/** 名录库 */
export type DirectoryKind =
  /** 执法检查人员名录库 */
  | 'INSPECTORS'
  /** 检查对象名录库 */
  | 'TARGETS';

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

/** 结束利害关系（R30）：截止日为仍须回避的最后一天，此后的抽取不再回避 */
export type EndConflictInput = {
  /** 利害关系 */
  id: string | number;
  /** 结束原因，如 亲属已离职 */
  reason: string;
  /** 截止日 YYYY-MM-DD（含当日） */
  until: string;
};

/** 扩大复查样本（同一随机数与信标，更大的样本量；包含原样本） */
export type EnlargeRecheckInput = {
  /** 每个下级单位至少抽取数 */
  minPerStratum: number;
  /** 比例（基点） */
  ratioBp?: number | null | undefined;
  /** 扩大理由（至少 4 个字） */
  reason: string;
  /** 复查 */
  recheckId: string | number;
  /** 样本量规则 */
  sizeRule: RecheckSizeRule;
};

/** 录入信标 */
export type EnterBeaconInput = {
  /** 信标值，如开奖号码 */
  beacon: string;
  /** 抽取 */
  drawId: string | number;
};

/** 录入复查抽样的信标（由承诺人以外的人录入，一次） */
export type EnterRecheckBeaconInput = {
  /** 信标 */
  beacon: string;
  /** 复查 */
  recheckId: string | number;
};

/** 证据种类 */
export type EvidenceKind =
  /** 录音 */
  | 'AUDIO'
  /** 文件 */
  | 'DOCUMENT'
  /** 照片 */
  | 'PHOTO'
  /** 检查对象签字（盖章）图片 */
  | 'SIGNATURE'
  /** 录像 */
  | 'VIDEO';

/** 导出的筛选条件（与检查对象列表的相同，仅 TARGETS 使用） */
export type ExportFilterInput = {
  /** 行业类别 */
  businessCategory?: string | null | undefined;
  /** 统一社会信用代码或身份证件号码 */
  code?: string | null | undefined;
  /** 管理部门（部门编号） */
  departmentId?: string | null | undefined;
  /** 等级（分级管理的行业） */
  grade?: string | null | undefined;
  /** 名称包含 */
  nameContains?: string | null | undefined;
  /** 行政区划代码 */
  regionCode?: string | null | undefined;
  /** 今日的风险等级（LOW、NORMAL、ELEVATED、HIGH，与检查对象列表的 riskLevel 相同，R10） */
  riskLevel?: string | null | undefined;
  /** 状态 */
  status?: string | null | undefined;
};

/** 可下载的表格 */
export type ExportKind =
  /** 执法检查人员导入模板 */
  | 'INSPECTOR_TEMPLATE'
  /** 随机抽查事项清单导出 */
  | 'ITEMS'
  /** 抽查事项导入模板 */
  | 'ITEM_TEMPLATE'
  /** 检查档案保存期限清单（R42） */
  | 'RETENTION'
  /** 检查对象名录库导出（按筛选条件） */
  | 'TARGETS'
  /** 检查对象导入模板 */
  | 'TARGET_TEMPLATE';

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

/** 复查结果（R40） */
export type FollowUpInput = {
  /** 立案编号（不合格时必填） */
  caseNo?: string | null | undefined;
  /** 复查日期 */
  checkedOn: string;
  /** 检查 */
  inspectionId: string | number;
  /** 复查情况 */
  remarks: string;
  /** 复查结果 */
  result: FollowUpResult;
};

/** 复查结果 */
export type FollowUpResult =
  /** 逾期未整改（立案查处） */
  | 'NOT_RECTIFIED'
  /** 已按期整改 */
  | 'RECTIFIED';

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

/** 性别 */
export type Gender =
  /** 女 */
  | 'F'
  /** 男 */
  | 'M';

/** 检查对象类型 */
export type HolderKind =
  /** 单位（有统一社会信用代码） */
  | 'ORGANISATION'
  /** 个人（以公民身份号码登记） */
  | 'PERSON';

/** 节假日安排中一天的类型 */
export type HolidayDayKind =
  /** 放假（含假期内的周末） */
  | 'HOLIDAY'
  /** 调休上班（星期六或星期日） */
  | 'WORKDAY';

/** 节假日安排中的一天 */
export type HolidayScheduleDayInput = {
  /** 日期（YYYY-MM-DD）：该年内，或上一年 12 月的调休上班日 */
  date: string;
  /** 放假或调休上班（调休上班日须为星期六或星期日） */
  kind: HolidayDayKind;
  /** 所属节日，如 春节（1 至 20 字） */
  name: string;
};

/** 某年节假日安排的来源 */
export type HolidayScheduleSource =
  /** 内置（chinese-days 收录的国务院办公厅通知） */
  | 'LIBRARY'
  /** 管理员导入（覆盖内置数据） */
  | 'LOADED'
  /** 未知：尚未公布或未导入，期限按周一至周五估算并予以标明 */
  | 'UNKNOWN';

/** 筛选检查 */
export type InspectionFilter = {
  /** 机关（本单位或下级） */
  bureauId?: string | number | null | undefined;
  /** 现场检查结束日不早于（YYYY-MM-DD） */
  checkEndedFrom?: string | null | undefined;
  /** 现场检查结束日不晚于（YYYY-MM-DD） */
  checkEndedTo?: string | null | undefined;
  /** 处理发现问题的下级单位（R41）：下级单位查看上级部署、由本单位处理的检查 */
  handlingBureauId?: string | number | null | undefined;
  /** 来源 */
  kind?: InspectionKind | null | undefined;
  /** 牵头部门 */
  leadDepartmentId?: string | number | null | undefined;
  /** 状态 */
  status?: InspectionStatus | null | undefined;
  /** 检查对象 */
  targetId?: string | number | null | undefined;
  /** 检查期间开始日不早于（YYYY-MM-DD） */
  windowStartFrom?: string | null | undefined;
  /** 检查期间开始日不晚于（YYYY-MM-DD） */
  windowStartTo?: string | null | undefined;
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

/** 处理意见（R38） */
export type InspectionOpinion =
  /** 立案查处 */
  | 'CASE_FILED'
  /** 移送司法机关 */
  | 'JUDICIAL'
  /** 未发现异常 */
  | 'NO_ANOMALY'
  /** 其他 */
  | 'OTHER'
  /** 责令整改 */
  | 'RECTIFICATION'
  /** 移送其他机关 */
  | 'REFERRED';

/** 现场检查记录（R36） */
export type InspectionRecordInput = {
  /** 逐项结论 */
  answers: Array<ChecklistAnswerInput>;
  /** 检查开始时间（所在日须在检查时段内） */
  checkedFrom: string;
  /** 检查结束时间（不晚于现在，所在日须在检查时段内） */
  checkedTo: string;
  /** 更正理由（提交更正修订时必填） */
  correctionReason?: string | null | undefined;
  /** 检查情况与发现的问题 */
  findings: string;
  /** 检查 */
  inspectionId: string | number;
  /** 补录理由：检查日不在检查时段内时，由同为检查组成员的单位管理员补录并写明（至少 4 个字，记入审计） */
  lateEntryReason?: string | null | undefined;
  /** 检查方式 */
  methods: Array<RecordMethod>;
  /** 不配合情形（R37） */
  nonCooperation?: Array<NonCooperationInput>;
  /** 检查地点 */
  place: string;
  /** 到场检查人员（至少 2 人） */
  presentInspectorIds: Array<string | number>;
  /** 未能签字的原因（现场检查未签字时必填，R36；非现场检查如网络监测可不填，R44） */
  refusalReason?: string | null | undefined;
  /** 检查对象在场负责人 */
  representative: string;
  /** 签字或盖章图像：本次检查已上传的 SIGNATURE 证据（PNG），写作 evidence:<证据编号>（POST /inspections/:id/evidence?kind=SIGNATURE 的返回值 ref） */
  signatureRef?: string | null | undefined;
  /** 检测机构：委托检测的第三方专业机构，或所采用结论的出具部门（检查方式含委托第三方检测时必填，否则不填，R43） */
  thirdPartyBody?: string | null | undefined;
  /** 检测报告（结论文书）编号（与检测机构同填，R43） */
  thirdPartyReportNo?: string | null | undefined;
  /** 见证人 */
  witness?: string | null | undefined;
};

/** 检查报告（R39） */
export type InspectionReportInput = {
  /** 评估 */
  assessment: string;
  /** 检查内容 */
  content: string;
  /** 检查发现 */
  findings: string;
  /** 检查 */
  inspectionId: string | number;
  /** 处理意见（R38） */
  opinion: InspectionOpinion;
  /** 意见说明 */
  opinionDetail?: string | null | undefined;
  /** 检查步骤 */
  steps: string;
  /** 建议 */
  suggestions?: string | null | undefined;
};

/** 检查报告状态 */
export type InspectionReportStatus =
  /** 审核通过，定稿 */
  | 'APPROVED'
  /** 退回修改 */
  | 'RETURNED'
  /** 已提交，待部门负责人审核 */
  | 'SUBMITTED';

/** 检查结果（国家企业信用信息公示系统用语） */
export type InspectionResultCode =
  /** 已关闭停业或清算 */
  | 'CLOSED_OR_LIQUIDATING'
  /** 未发现问题 */
  | 'NO_ISSUE'
  /** 未发现开展本次抽查涉及的经营活动 */
  | 'NO_RELEVANT_BUSINESS'
  /** 发现问题已责令改正 */
  | 'ORDERED_TO_CORRECT'
  /** 发现问题待后续处理 */
  | 'PENDING_FOLLOW_UP'
  /** 不配合检查情节严重 */
  | 'SEVERE_NON_COOPERATION'
  /** 通过登记的住所（经营场所）无法联系 */
  | 'UNREACHABLE_AT_ADDRESS';

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

/** 检查人员筛选条件 */
export type InspectorFilter = {
  /** 部门 */
  departmentId?: string | number | null | undefined;
  /** 姓名包含 */
  nameContains?: string | null | undefined;
  /** 具备此技能 */
  skill?: string | null | undefined;
  /** 状态 */
  status?: InspectorStatus | null | undefined;
};

/** 检查人员信息 */
export type InspectorInput = {
  /** 执法证号（外部机关人员必填） */
  agencyCertificateNo?: string | null | undefined;
  /** 警号（民警必填） */
  badgeNo?: string | null | undefined;
  /** 部门（本单位） */
  departmentId: string | number;
  /** 职务 */
  duty?: string | null | undefined;
  /** 外部机关人员 */
  externalAgency?: boolean;
  /** 性别 */
  gender: Gender;
  /** 姓名 */
  name: string;
  /** 电话 */
  phone?: string | null | undefined;
  /** 岗位 */
  post?: string | null | undefined;
  /** 资格 */
  qualifications?: Array<string>;
  /** 技能 */
  skills?: Array<string>;
  /** 警官证号（民警必填） */
  warrantNo?: string | null | undefined;
  /** 警官证有效期至 YYYY-MM-DD */
  warrantValidUntil?: string | null | undefined;
};

/** 检查人员状态 */
export type InspectorStatus =
  /** 在岗（可被抽取） */
  | 'ACTIVE'
  /** 已调离 */
  | 'LEFT'
  /** 暂停（不被抽取） */
  | 'SUSPENDED';

/** 发布考核结果：发布后冻结，不可再计算或调整 */
export type IssueAssessmentInput = {
  /** 考核 */
  id: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 签发整改通知书草稿 */
export type IssueRectificationDraftInput = {
  /** 草稿 */
  draftId: string | number;
  /** 读取时的版本号 */
  version: number;
};

/** 下达责令整改通知书（R40） */
export type IssueRectificationInput = {
  /** 联系电话（印在通知书上签发人旁）；不填则取签发人在执法检查人员名录中的电话 */
  contactPhone?: string | null | undefined;
  /** 整改期限（不早于今天） */
  deadline: string;
  /**
   * （已停用）文书编号
   * @deprecated 文书编号由系统按本单位、部门、年度顺序生成，此字段不再使用
   */
  documentNo?: string | null | undefined;
  /** 发现的问题（每行一条，通知书上统一编号） */
  findings: string;
  /** 检查 */
  inspectionId: string | number;
  /** 法律依据 */
  legalBasis: string;
};

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

/** 后台任务类别 */
export type JobKind =
  /** 校验审计链 */
  | 'AUDIT_VERIFICATION'
  /** 导入检查人员名录 */
  | 'INSPECTOR_IMPORT'
  /** 导入检查事项 */
  | 'ITEM_IMPORT'
  /** 导出检查档案保存期限 */
  | 'RETENTION_EXPORT'
  /** 生成监管报告（表格与 PDF） */
  | 'SUPERVISION_REPORT'
  /** 导出检查对象名录 */
  | 'TARGET_EXPORT'
  /** 导入检查对象名录 */
  | 'TARGET_IMPORT';

/** 后台任务状态 */
export type JobState =
  /** 已取消（未写入任何数据） */
  | 'CANCELLED'
  /** 失败（重试已用完，未写入任何数据） */
  | 'FAILED'
  /** 排队中（含失败后等待重试） */
  | 'QUEUED'
  /** 执行中 */
  | 'RUNNING'
  /** 已完成（结果与工作一并提交） */
  | 'SUCCEEDED';

/** 抽查依据 */
export type LegalBasisInput = {
  /** 条款，如 第三条、第三十二条 */
  articles?: string | null | undefined;
  /** 法律、法规或规章名称，如《旅馆业治安管理办法》 */
  law: string;
};

/** 把执法检查人员名录条目关联到登录用户（“我的检查”据此查找） */
export type LinkInspectorUserInput = {
  /** 检查人员 */
  inspectorId: string | number;
  /** 用户；为空则取消关联 */
  userId?: string | number | null | undefined;
};

/** 将检查对象列入信用名单（R50） */
export type ListCreditEntryInput = {
  /** 列入依据的种类 */
  causeKind: CreditCauseKind;
  /** 依据的检查（检查发现问题时） */
  inspectionId?: string | number | null | undefined;
  /** 名单 */
  list: CreditList;
  /** 列入日期 YYYY-MM-DD */
  listedOn: string;
  /** 依据的责令整改通知书（已作出处罚决定时） */
  noticeId?: string | number | null | undefined;
  /** 列入原因 */
  reason: string;
  /** 限制措施（黑名单必填，如上网行为限制、行业禁入） */
  restrictions?: Array<string> | null | undefined;
  /** 检查对象（本单位名录库） */
  targetId: string | number;
};

/** 导入（或替换）某年的节假日安排 */
export type LoadHolidayScheduleInput = {
  /** 该年通知所列的全部放假日和调休上班日；替换该年已导入的安排 */
  days: Array<HolidayScheduleDayInput>;
  /** 年份（2000 至 2100） */
  year: number;
};

/** 登录 */
export type LoginInput = {
  /** 密码 */
  password: string;
  /** 登录名 */
  username: string;
};

/** 不配合情形 */
export type NonCooperationInput = {
  /** 说明 */
  detail?: string | null | undefined;
  /** 情形 */
  kind: NonCooperationKind;
};

/** 不配合检查的情形（R37） */
export type NonCooperationKind =
  /** 拒绝、阻碍检查人员进入场所 */
  | 'BLOCKED_ENTRY'
  /** 拒绝、阻碍询问 */
  | 'BLOCKED_QUESTIONING'
  /** 提供虚假情况 */
  | 'FALSE_INFORMATION'
  /** 其他不配合情形 */
  | 'OTHER'
  /** 无正当理由拒绝提供资料 */
  | 'REFUSED_DOCUMENTS';

/** 因投诉启动直接检查（R23），事由文号为受理编号 */
export type OpenAppealCheckInput = {
  /** 投诉 */
  id: string | number;
  /** 检查人员（至少 2 人） */
  inspectorIds: Array<string | number>;
  /** 检查事项版本（已发布） */
  itemVersionIds: Array<string | number>;
  /** 检查时段止 */
  windowEnd: string;
  /** 检查时段起 */
  windowStart: string;
};

/** 发起复查并承诺抽样（DRAW.md §10） */
export type OpenRecheckInput = {
  /** 信标说明（如：福彩3D 第 2026335 期） */
  beaconNote?: string | null | undefined;
  /** 信标来源（见证人数值、彩票号码或无） */
  beaconSource: BeaconSource;
  /** 只复查该牵头部门的检查 */
  departmentId?: string | number | null | undefined;
  /** 只复查该检查事项 */
  itemId?: string | number | null | undefined;
  /** 每个下级单位至少抽取数（≥1） */
  minPerStratum: number;
  /** 检查结束日期起（YYYY-MM-DD） */
  periodFrom: string;
  /** 检查结束日期止（YYYY-MM-DD） */
  periodTo: string;
  /** 比例（基点，按比例时必填，1–10000） */
  ratioBp?: number | null | undefined;
  /** 复查事由（至少 4 个字） */
  reason: string;
  /** 样本量规则 */
  sizeRule: RecheckSizeRule;
  /** 只复查该下级单位（含其下级） */
  subordinateBureauId?: string | number | null | undefined;
};

/** 记录处罚决定 */
export type PenaltyDecisionInput = {
  /** 决定日期 */
  decidedOn: string;
  /** 处罚决定书文号 */
  decisionNo: string;
  /** 检查 */
  inspectionId: string | number;
};

/** 双公示事项（行政处罚） */
export type PenaltyFactsInput = {
  /** 罚没金额（万元） */
  amount?: number | null | undefined;
  /** 决定书文号（不填取整改通知书记载的文号） */
  decisionNo?: string | null | undefined;
  /** 处罚依据 */
  legalBasis: string;
  /** 处罚类别（双公示标准） */
  penaltyCategories: Array<string>;
  /** 处罚内容 */
  penaltyContent: string;
  /** 公示截止期（YYYY-MM-DD） */
  publicUntil: string;
  /** 违法事实 */
  violationFacts: string;
  /** 违法行为类型 */
  violationType: string;
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

/** 编制公示（R48，部门） */
export type PreparePublicationInput = {
  /** 类别：检查结果、处罚结果、抽查事项清单、执法检查人员名录、检查对象名录（本单位设置公示时）、抽查计划、信用名单 */
  kind: PublicationKind;
  /** 双公示事项（处罚结果必填） */
  penalty?: PenaltyFactsInput | null | undefined;
  /** 检查结果（不填按检查报告意见和整改复查确定） */
  result?: InspectionResultCode | null | undefined;
  /** 所公示的对象：检查结果为检查，处罚结果为整改通知书，抽查事项清单为抽查事项（取其现行发布版本），执法检查人员名录为执法检查人员，检查对象名录为检查对象，抽查计划为计划（已备案或已确认），信用名单为名单条目 */
  subjectId: string | number;
};

/** 公示文书的作用 */
export type PublicationAction =
  /** 更正（取代前一文书） */
  | 'CORRECT'
  /** 首次公示 */
  | 'PUBLISH'
  /** 撤回（取代前一文书） */
  | 'WITHDRAW';

/** 公示文书筛选 */
export type PublicationFilter = {
  /** 类别 */
  kind?: PublicationKind | null | undefined;
  /** 系列 */
  seriesId?: string | number | null | undefined;
  /** 状态 */
  status?: PublicationStatus | null | undefined;
  /** 所公示的对象 */
  subjectId?: string | number | null | undefined;
};

/** 公示类别（R46） */
export type PublicationKind =
  /** 审计检查点 */
  | 'AUDIT_CHECKPOINT'
  /** 信用名单 */
  | 'CREDIT_ENTRY'
  /** 抽取承诺 */
  | 'DRAW_COMMITMENT'
  /** 抽取结果 */
  | 'DRAW_RESULT'
  /** 检查结果 */
  | 'INSPECTION_RESULT'
  /** 执法检查人员名录 */
  | 'INSPECTOR_LIST'
  /** 抽查事项清单 */
  | 'ITEM_LIST'
  /** 行政处罚结果（双公示） */
  | 'PENALTY_RESULT'
  /** 抽查计划 */
  | 'PLAN'
  /** 检查对象名录 */
  | 'TARGET_DIRECTORY';

/** 公示文书状态 */
export type PublicationStatus =
  /** 待审核（未编制的为待编制） */
  | 'PENDING_APPROVAL'
  /** 已公示 */
  | 'PUBLISHED'
  /** 已退回 */
  | 'RETURNED'
  /** 已被更正或撤回取代 */
  | 'SUPERSEDED';

/** 下级对复查发现问题的答复方式 */
export type RecheckAnswerKind =
  /** 已更正检查结果（更正修订；已公示的结果同时编制更正公示） */
  | 'CORRECTED'
  /** 说明理由，维持原结果 */
  | 'EXPLAINED';

/** 复查发现问题的办理状态 */
export type RecheckFindingStatus =
  /** 下级已答复，待上级销号 */
  | 'ANSWERED'
  /** 上级已销号 */
  | 'CLOSED'
  /** 待下级答复 */
  | 'OPEN';

/** 复查事项状态 */
export type RecheckItemState =
  /** 复查一致 */
  | 'AGREED'
  /** 复查不一致（差异已列明） */
  | 'DIFFERING'
  /** 已抽中，待复查 */
  | 'SAMPLED';

/** 复查方式 */
export type RecheckMethod =
  /** 书面审查（卷宗） */
  | 'DOCUMENTS'
  /** 实地复查 */
  | 'VISIT';

/** 复查抽样状态 */
export type RecheckSampleStatus =
  /** 已承诺，待抽样 */
  | 'COMMITTED'
  /** 已抽样，随机数与结果已公开 */
  | 'DRAWN';

/** 复查样本量规则（DRAW.md §10） */
export type RecheckSizeRule =
  /** GB/T 2828.1 一般检验水平 II（按每个下级单位的已办结检查数） */
  | 'GB2828_II'
  /** 按比例（基点） */
  | 'RATIO';

/** 检查方式 */
export type RecordMethod =
  /** 书面检查 */
  | 'DOCUMENTARY'
  /** 网络监测（R44） */
  | 'ONLINE_MONITORING'
  /** 现场检查 */
  | 'ON_SITE'
  /** 委托第三方专业机构检测（R43） */
  | 'THIRD_PARTY_TEST';

/** 记录一次复查（同原检查的检查内容） */
export type RecordRecheckInput = {
  /** 逐项结论（原检查的全部检查内容） */
  answers: Array<ChecklistAnswerInput>;
  /** 复查情况 */
  findings: string;
  /** 复查事项 */
  itemId: string | number;
  /** 复查方式 */
  method: RecheckMethod;
  /** 复查认为应有的处理意见 */
  opinion: InspectionOpinion;
};

/** 记录风险因素（R10） */
export type RecordRiskInput = {
  /** 因素 */
  code: RiskCode;
  /** 说明 */
  note?: string | null | undefined;
  /** 起始日 YYYY-MM-DD */
  since: string;
  /** 来源 */
  source: string;
  /** 检查对象 */
  targetId: string | number;
  /** 截止日 YYYY-MM-DD（含），空为持续 */
  until?: string | null | undefined;
};

/** 整改通知状态 */
export type RectificationStatus =
  /** 复查合格，已结案 */
  | 'CLOSED'
  /** 复查不合格，已立案查处 */
  | 'ESCALATED'
  /** 已下达，待复查 */
  | 'ISSUED';

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

/** 申请生成监管报告（后台生成表格与 PDF） */
export type RequestSupervisionReportInput = {
  /** 情况报告的报送日期（类别为 SITUATION 时必填，须为某年 6 月 1 日或 12 月 1 日，如 2026-06-01） */
  asOf?: string | null | undefined;
  /** 类别 */
  kind: SupervisionReportKind;
  /** 抽查轮次（类别为 ROUND 时必填） */
  roundId?: string | number | null | undefined;
};

/** 重置用户密码 */
export type ResetUserPasswordInput = {
  /** 用户编号 */
  id: string | number;
  /** 新密码 */
  newPassword: string;
};

/** 档案保存期限的依据（R42） */
export type RetentionBasis =
  /** 检查事项另有规定的，从其规定 */
  | 'ITEM_RULE'
  /** 不少于两年（自最后一份检查文书形成之日起） */
  | 'MINIMUM'
  /** 没有规定的，为检查对象存续期间加两年 */
  | 'TARGET_LIFETIME';

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

/** 退回公示（R48） */
export type ReturnPublicationInput = {
  /** 退回意见 */
  comment: string;
  /** 公示文书 */
  id: string | number;
  /** 读取时的版本号 */
  rowVersion: number;
};

/** 法制审核结论 */
export type ReviewDecision =
  /** 通过 */
  | 'APPROVE'
  /** 退回修改（须写明意见） */
  | 'RETURN';

/** 审核一个部门的名录库（法制审核员） */
export type ReviewDirectoryInput = {
  /** 结论：true 通过，false 退回 */
  approve: boolean;
  /** 审核意见（退回时必填） */
  comment?: string | null | undefined;
  /** 部门（本单位） */
  departmentId: string | number;
  /** 名录库 */
  directory: DirectoryKind;
};

/** 部门负责人审核检查报告 */
export type ReviewInspectionReportInput = {
  /** 通过（定稿）或退回 */
  approve: boolean;
  /** 审核意见（退回时必填） */
  comment?: string | null | undefined;
  /** 报告 */
  reportId: string | number;
  /** 版本号 */
  version: number;
};

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

/** 修订考核标准：形成新版本，须写明修订说明 */
export type ReviseAssessmentStandardInput = {
  /** 指标、权重与计分方法 */
  indicators: Array<AssessmentStandardIndicatorInput>;
  /** 名称（不填沿用） */
  name?: string | null | undefined;
  /** 修订说明 */
  revisionNote: string;
  /** 现行版本 */
  standardId: string | number;
};

/** 修订已发布的事项：新建下一版本草稿，须重新经法制审核 */
export type ReviseItemInput = {
  /** 新版本内容 */
  content: ItemContentInput;
  /** 事项编号 */
  itemId: string | number;
};

/** 风险因素 */
export type RiskCode =
  /** 列入经营异常名录或严重违法失信名单 */
  | 'ABNORMAL_OR_DISHONEST_LIST'
  /** 信用较好（降低） */
  | 'GOOD_CREDIT'
  /** 风险较低（降低） */
  | 'LOW_RISK'
  /** 投诉举报多 */
  | 'MANY_COMPLAINTS'
  /** 其他 */
  | 'OTHER'
  /** 涉及公共安全或严格管制的行业、物品 */
  | 'PUBLIC_SAFETY_TRADE'
  /** 拒绝、阻碍检查 */
  | 'REFUSED_CHECK'
  /** 有严重违法违规记录 */
  | 'SERIOUS_VIOLATION';

/** 风险记录类型 */
export type RiskEntryKind =
  /** 提高风险的因素（R10） */
  | 'FACTOR'
  /** 降低风险的因素：信用较好、风险较低 */
  | 'MITIGATION';

/** 风险等级 */
export type RiskLevel =
  /** 较高 */
  | 'ELEVATED'
  /** 高 */
  | 'HIGH'
  /** 低 */
  | 'LOW'
  /** 一般 */
  | 'NORMAL';

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

/** 牵头部门安排检查日期 */
export type ScheduleInspectionInput = {
  /** 检查日期（须在检查时段内，不早于今天） */
  date: string;
  /** 检查 */
  inspectionId: string | number;
  /** 补录理由：单位管理员补录过去的检查日期时必填（至少 4 个字，记入审计） */
  lateEntryReason?: string | null | undefined;
  /** 版本号 */
  version: number;
};

/** 停用或重新启用第三方专业技术人员（停用不删除，记录保留） */
export type SetTechnicianActiveInput = {
  /** true 启用，false 停用 */
  active: boolean;
  /** 编号 */
  id: string | number;
  /** 原因，如 合同到期 */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

/** 统计的范围：年度、月份区间（截止月份）、单位（本单位或下级，用于下钻）、事项、部门 */
export type StatisticsFilter = {
  /** 只统计某一部门（部门代码，如 zhian，各级通用） */
  departmentCode?: string | null | undefined;
  /** 起始月份（1–12），默认 1 月 */
  fromMonth?: number | null | undefined;
  /** 只统计某一抽查事项 */
  itemId?: string | number | null | undefined;
  /** 看哪个单位（本单位或下级单位），默认本单位 */
  unitId?: string | number | null | undefined;
  /** 截止月份（1–12，含当月），默认 12 月；已完成与完成率统计到该月月底 */
  untilMonth?: number | null | undefined;
  /** 年度 */
  year: number;
};

/** 更正或撤回已公示的文书：同一系列的新文书，审核后取代原文书，两者都保留 */
export type SupersedePublicationInput = {
  /** 已公示的文书 */
  id: string | number;
  /** 更正后的双公示事项（处罚结果） */
  penalty?: PenaltyFactsInput | null | undefined;
  /** 理由 */
  reason: string;
  /** 更正后的检查结果（检查结果） */
  result?: InspectionResultCode | null | undefined;
};

/** 监管报告类别 */
export type SupervisionReportKind =
  /** 一轮抽查结束后的总结报告（R56） */
  | 'ROUND'
  /** 6月1日、12月1日报送的随机抽查情况报告（R22） */
  | 'SITUATION';

/** 换人申请由谁批准 */
export type SwapApproverRole =
  /** 被换人员所在部门的负责人 */
  | 'DEPARTMENT_HEAD'
  /** 局领导（部门负责人本人提出的申请） */
  | 'LEADER';

/** 检查对象筛选条件 */
export type TargetFilter = {
  /** 行业类别代码 */
  businessCategory?: string | null | undefined;
  /** 统一社会信用代码或公民身份号码 */
  code?: string | null | undefined;
  /** 管理部门 */
  departmentId?: string | number | null | undefined;
  /** 等级 */
  grade?: string | null | undefined;
  /** 名称包含（中文子串） */
  nameContains?: string | null | undefined;
  /** 有许可证在此日（含）之前到期 */
  permitExpiringBefore?: string | null | undefined;
  /** 区域代码（含下级区域） */
  regionCode?: string | null | undefined;
  /** 今日的风险等级（按登记的风险因素与减分情形，R10） */
  riskLevel?: RiskLevel | null | undefined;
  /** 状态 */
  status?: TargetStatus | null | undefined;
};

/** 检查对象信息 */
export type TargetInput = {
  /** 行业类别代码 */
  businessCategory: string;
  /** 联系电话 */
  contactPhone?: string | null | undefined;
  /** 管理部门（本单位） */
  departmentId: string | number;
  /** 等级（如 A、B、C） */
  grade?: string | null | undefined;
  /** 类型 */
  holderKind: HolderKind;
  /** 法定代表人（负责人） */
  legalRepresentative?: string | null | undefined;
  /** 名称或姓名 */
  name: string;
  /** 所在区域：本单位辖区内的行政区划代码（6、9 或 12 位） */
  regionCode: string;
  /** 注册地址 */
  registeredAddress?: string | null | undefined;
  /** 登记机关 */
  registrationAuthority?: string | null | undefined;
  /** 公民身份号码（个人必填，GB 11643 校验） */
  residentId?: string | null | undefined;
  /** 统一社会信用代码（单位必填，18 位，GB 32100 校验） */
  uscc?: string | null | undefined;
};

/** 检查对象状态 */
export type TargetStatus =
  /** 在册（参加抽取） */
  | 'ACTIVE'
  /** 已注销（退出抽取，保留历史，R11） */
  | 'TERMINATED';

/** 第三方专业技术人员筛选条件 */
export type TechnicianFilter = {
  /** 含已停用的 */
  includeInactive?: boolean;
  /** 姓名或机构（中文子串） */
  nameContains?: string | null | undefined;
};

/** 第三方专业技术人员信息 */
export type TechnicianInput = {
  /** 姓名 */
  name: string;
  /** 所在机构 */
  organisation: string;
  /** 电话 */
  phone?: string | null | undefined;
  /** 资质 */
  qualification?: string | null | undefined;
};

/** 注销检查对象（R11） */
export type TerminateTargetInput = {
  /** 编号 */
  id: string | number;
  /** 原因，如 许可证已注销 */
  reason: string;
  /** 读取时的版本号 */
  version: number;
};

/** 修改本单位设置（管理员） */
export type UpdateBureauSettingsInput = {
  /** 允许从已报备、尚未确认的计划抽取；不填则不变 */
  allowDrawFromFiledPlan?: boolean | null | undefined;
  /** 异议、投诉答复期限（工作日），1 到 60；不填则不变 */
  appealAnswerDays?: number | null | undefined;
  /** 启用跨区域抽取（R34）；不填则不变 */
  crossRegionDrawing?: boolean | null | undefined;
  /** 文书编号的机关代字（1 到 20 字，如“叶公”）；不填则不变 */
  documentMark?: string | null | undefined;
  /** 联合抽查最低比例（万分之一），300 到 10000 */
  jointMinimumRatioBp: number;
  /** 实地检查每组最少部门数，1 到 10；不填则不变 */
  minTeamDepartments?: number | null | undefined;
  /** 实地检查每组最少人数，2 到 20；不填则不变 */
  minTeamSize?: number | null | undefined;
  /** 最低抽查比例（万分之一），500 到 10000 */
  minimumRatioBp: number;
  /** 签发整改通知书的角色：部门负责人、领导、双随机办或法制审核；不填则不变 */
  noticeIssuerRole?: Role | null | undefined;
  /** 整改通知书是否告知复议和诉讼权利；不填则不变 */
  noticeRemedyStatement?: boolean | null | undefined;
  /** 行政处罚公示期限（工作日），1 到 60；不填则不变 */
  penaltyPublicationDays?: number | null | undefined;
  /** 审核公示的角色：领导、法制审核、双随机办或部门负责人；不填则不变 */
  publicationApproverRole?: Role | null | undefined;
  /** 是否公示检查对象名录（R46）；不填则不变 */
  publishTargetDirectory?: boolean | null | undefined;
  /** 检查报告期限（工作日），1 到 30；不填则不变 */
  reportDueWorkingDays?: number | null | undefined;
  /** 检查结果公示期限（工作日），1 到 60；不填则不变 */
  resultPublicationDays?: number | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 修改部门 */
export type UpdateDepartmentInput = {
  /** 启用或停用 */
  active?: boolean | null | undefined;
  /** 部门编号 */
  id: string | number;
  /** 新名称 */
  name?: string | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 修改检查人员（调动、换证、调离都留有记录） */
export type UpdateInspectorInput = {
  /** 编号 */
  id: string | number;
  /** 新信息 */
  inspector: InspectorInput;
  /** 新状态 */
  status?: InspectorStatus | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

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

/** 修改检查对象 */
export type UpdateTargetInput = {
  /** 编号 */
  id: string | number;
  /** 新信息 */
  target: TargetInput;
  /** 读取时的版本号 */
  version: number;
};

/** 修改第三方专业技术人员信息 */
export type UpdateTechnicianInput = {
  /** 编号 */
  id: string | number;
  /** 新信息 */
  technician: TechnicianInput;
  /** 读取时的版本号 */
  version: number;
};

/** 修改用户 */
export type UpdateUserInput = {
  /** 启用或停用（停用即作废其全部会话） */
  active?: boolean | null | undefined;
  /** 调往本单位的部门 */
  departmentId?: string | number | null | undefined;
  /** 姓名 */
  displayName?: string | null | undefined;
  /** 用户编号 */
  id: string | number;
  /** 角色 */
  roles?: Array<Role> | null | undefined;
  /** 读取时的版本号 */
  version: number;
};

/** 用户筛选条件 */
export type UserFilter = {
  /** 是否启用 */
  active?: boolean | null | undefined;
  /** 所属机关 */
  bureauId?: string | number | null | undefined;
  /** 所属部门 */
  departmentId?: string | number | null | undefined;
  /** 姓名或登录名包含（不区分大小写） */
  nameContains?: string | null | undefined;
  /** 持有此角色 */
  role?: Role | null | undefined;
};

export type AdminUserFieldsFragment = { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, version: number, department: { id: string, name: string } };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, version: number, department: { id: string, name: string } } }> } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, version: number, department: { id: string, name: string } } } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { user: { id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, version: number, department: { id: string, name: string } } } };

export type AdminResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type AdminResetUserPasswordMutation = { resetUserPassword: { user: { id: string } } };

export type AdminDepartmentFieldsFragment = { id: string, code: string, name: string, kind: DepartmentKind, active: boolean, version: number };

export type AdminDepartmentsQueryVariables = Exact<{
  filter?: DepartmentFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminDepartmentsQuery = { departments: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, code: string, name: string, kind: DepartmentKind, active: boolean, version: number } }> } };

export type AdminCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type AdminCreateDepartmentMutation = { createDepartment: { department: { id: string, code: string, name: string, kind: DepartmentKind, active: boolean, version: number } } };

export type AdminUpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type AdminUpdateDepartmentMutation = { updateDepartment: { department: { id: string, code: string, name: string, kind: DepartmentKind, active: boolean, version: number } } };

export type AdminSettingsFieldsFragment = { minimumRatioBp: number, jointMinimumRatioBp: number, allowDrawFromFiledPlan: boolean, minTeamSize: number, minTeamDepartments: number, crossRegionDrawing: boolean, reportDueWorkingDays: number, documentMark: string | null, noticeIssuerRole: Role, noticeRemedyStatement: boolean, publicationApproverRole: Role, resultPublicationDays: number, penaltyPublicationDays: number, publishTargetDirectory: boolean, appealAnswerDays: number, version: number };

export type AdminBureauSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminBureauSettingsQuery = { bureauSettings: { minimumRatioBp: number, jointMinimumRatioBp: number, allowDrawFromFiledPlan: boolean, minTeamSize: number, minTeamDepartments: number, crossRegionDrawing: boolean, reportDueWorkingDays: number, documentMark: string | null, noticeIssuerRole: Role, noticeRemedyStatement: boolean, publicationApproverRole: Role, resultPublicationDays: number, penaltyPublicationDays: number, publishTargetDirectory: boolean, appealAnswerDays: number, version: number } };

export type AdminUpdateBureauSettingsMutationVariables = Exact<{
  input: UpdateBureauSettingsInput;
}>;


export type AdminUpdateBureauSettingsMutation = { updateBureauSettings: { settings: { minimumRatioBp: number, jointMinimumRatioBp: number, allowDrawFromFiledPlan: boolean, minTeamSize: number, minTeamDepartments: number, crossRegionDrawing: boolean, reportDueWorkingDays: number, documentMark: string | null, noticeIssuerRole: Role, noticeRemedyStatement: boolean, publicationApproverRole: Role, resultPublicationDays: number, penaltyPublicationDays: number, publishTargetDirectory: boolean, appealAnswerDays: number, version: number } } };

export type AdminHolidayScheduleQueryVariables = Exact<{
  year: number;
}>;


export type AdminHolidayScheduleQuery = { holidaySchedule: { year: number, source: HolidayScheduleSource, loadedAt: string | null, days: Array<{ date: string, kind: HolidayDayKind, name: string }> } };

export type AdminLoadHolidayScheduleMutationVariables = Exact<{
  input: LoadHolidayScheduleInput;
}>;


export type AdminLoadHolidayScheduleMutation = { loadHolidaySchedule: { schedule: { year: number, source: HolidayScheduleSource, loadedAt: string | null, days: Array<{ date: string, kind: HolidayDayKind, name: string }> } } };

export type ChangeOwnPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeOwnPasswordMutation = { changePassword: { ok: boolean } };

export type AppealQueueQueryVariables = Exact<{
  filter?: AppealFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AppealQueueQuery = { appeals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, receiptNo: string, kind: AppealKind, status: AppealStatus, filerName: string, filedAt: string, dueDate: string, overdue: boolean } }> } };

export type AppealDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AppealDetailQuery = { appeal: { id: string, receiptNo: string, kind: AppealKind, status: AppealStatus, filerName: string, contact: string, reason: string, filedAt: string, dueDate: string, overdue: boolean, acceptedAt: string | null, answer: string | null, answeredAt: string | null, correctionId: string | null, inspectionId: string | null, version: number, publication: { id: string, kind: PublicationKind, version: number, status: PublicationStatus, publishedAt: string | null, document: unknown } | null, correction: { id: string, status: PublicationStatus } | null, inspection: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, directReference: string | null, target: { name: string } | null } | null, attachments: Array<{ id: string, position: number, mime: string, sizeBytes: number, fileName: string | null, url: string }> } };

export type AcceptAppealMutationVariables = Exact<{
  input: AcceptAppealInput;
}>;


export type AcceptAppealMutation = { acceptAppeal: { appeal: { id: string, status: AppealStatus, version: number } } };

export type AnswerAppealMutationVariables = Exact<{
  input: AnswerAppealInput;
}>;


export type AnswerAppealMutation = { answerAppeal: { appeal: { id: string, status: AppealStatus, version: number, answer: string | null, correctionId: string | null } } };

export type TodoOverdueAppealsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoOverdueAppealsQuery = { appeals: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type AppealCheckChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppealCheckChoicesQuery = { inspectionItems: { edges: Array<{ node: { id: string, publishedVersion: { id: string, name: string, versionNo: number } | null } }> }, inspectors: { edges: Array<{ node: { id: string, name: string, badgeNo: string | null, department: { name: string } | null } }> } };

export type OpenAppealCheckMutationVariables = Exact<{
  input: OpenAppealCheckInput;
}>;


export type OpenAppealCheckMutation = { openAppealCheck: { appeal: { id: string, inspectionId: string | null, version: number } } };

export type AssessmentIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentIndicatorsQuery = { assessmentIndicators: Array<{ key: AssessmentIndicatorKey, name: string, kind: AssessmentIndicatorKind, direction: AssessmentDirection, numerator: string, denominator: string | null, proposedWeight: number, proposedFull: number | null, proposedZero: number | null, proposedPerItem: number | null }> };

export type AssessmentOverviewQueryVariables = Exact<{
  year: number;
}>;


export type AssessmentOverviewQuery = { assessmentStandards: Array<{ id: string, year: number, period: AssessmentPeriod, versionNo: number, name: string, revisionNote: string | null, current: boolean, createdAt: string, indicators: Array<{ key: AssessmentIndicatorKey, name: string, kind: AssessmentIndicatorKind, weight: number, full: number | null, zero: number | null, perItem: number | null, formula: string }> }>, assessments: Array<{ id: string, period: AssessmentPeriod, status: AssessmentStatus, version: number, cutoff: string, periodStart: string, computedAt: string, issuedAt: string | null, standard: { id: string, versionNo: number } }> };

export type AssessmentScoresQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentScoresQuery = { assessment: { id: string, scores: Array<{ id: string, bureauId: string, bureauName: string, computedScore: number | null, adjustment: number, finalScore: number | null, rank: number | null, indicators: Array<{ key: AssessmentIndicatorKey, name: string, weight: number, numerator: number, denominator: number | null, value: number | null, points: number | null, noData: boolean }>, adjustments: Array<{ id: string, points: number, reason: string, createdAt: string }> }> } };

export type AssessmentRecordsQueryVariables = Exact<{
  input: AssessmentRecordsInput;
}>;


export type AssessmentRecordsQuery = { assessmentRecords: Array<{ recordKind: AssessmentRecordKind, recordId: string, recordDate: string, counted: boolean, label: string | null, link: string }> };

export type CreateAssessmentStandardMutationVariables = Exact<{
  input: CreateAssessmentStandardInput;
}>;


export type CreateAssessmentStandardMutation = { createAssessmentStandard: { standard: { id: string, versionNo: number } } };

export type ReviseAssessmentStandardMutationVariables = Exact<{
  input: ReviseAssessmentStandardInput;
}>;


export type ReviseAssessmentStandardMutation = { reviseAssessmentStandard: { standard: { id: string, versionNo: number } } };

export type ComputeAssessmentMutationVariables = Exact<{
  input: ComputeAssessmentInput;
}>;


export type ComputeAssessmentMutation = { computeAssessment: { assessment: { id: string, version: number } } };

export type AdjustAssessmentScoreMutationVariables = Exact<{
  input: AdjustAssessmentScoreInput;
}>;


export type AdjustAssessmentScoreMutation = { adjustAssessmentScore: { assessment: { id: string, version: number } } };

export type IssueAssessmentMutationVariables = Exact<{
  input: IssueAssessmentInput;
}>;


export type IssueAssessmentMutation = { issueAssessment: { assessment: { id: string, status: AssessmentStatus } } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditEntryFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, seq: number, at: string, actorName: string, actorUserId: string | null, bureauId: string, actorBureauName: string, operation: string, objectType: string, objectId: string | null, objectTargetName: string | null, before: unknown, after: unknown, hash: string } }> } };

export type AuditSigningKeyInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditSigningKeyInfoQuery = { auditSigningKey: { algorithm: string, keyId: string, publicKey: string, publicKeyPem: string } };

export type StartAuditVerificationMutationVariables = Exact<{
  full: boolean;
}>;


export type StartAuditVerificationMutation = { startAuditVerification: { id: string, state: JobState } };

export type AuditViewerBureauQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditViewerBureauQuery = { me: { user: { id: string, bureau: { id: string, level: BureauLevel } } } };

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

export type BureauOptionsQueryVariables = Exact<{
  first: number;
  name?: string | null | undefined;
}>;


export type BureauOptionsQuery = { bureaus: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type BureauNameQueryVariables = Exact<{
  id: string | number;
}>;


export type BureauNameQuery = { bureau: { id: string, name: string } };

export type FollowedJobQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowedJobQuery = { job: { id: string, kind: JobKind, state: JobState, progress: number, total: number | null, createdAt: string, startedAt: string | null, finishedAt: string | null, result: unknown, errors: Array<{ attempt: number, code: string, message: string }>, download: { url: string, expiresAt: string, filename: string, availableUntil: string } | null } };

export type CancelJobMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelJobMutation = { cancelJob: { id: string, state: JobState } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { ok: boolean } };

export type MyBureauQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBureauQuery = { me: { user: { id: string, department: { id: string }, bureau: { id: string, name: string, parent: { id: string, name: string } | null, departments: Array<{ id: string, name: string, kind: DepartmentKind, active: boolean }> } } } };

export type StartExportMutationVariables = Exact<{
  kind: ExportKind;
  filter?: ExportFilterInput | null | undefined;
}>;


export type StartExportMutation = { startExport: { rows: number | null, url: { url: string } | null, job: { id: string, state: JobState } | null } };

export type UserOptionsQueryVariables = Exact<{
  first: number;
  name?: string | null | undefined;
}>;


export type UserOptionsQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, bureau: { name: string } } }> } };

export type UserNameQueryVariables = Exact<{
  id: string | number;
}>;


export type UserNameQuery = { user: { id: string, displayName: string, bureau: { name: string } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { user: { id: string, username: string, displayName: string, roles: Array<Role>, bureau: { name: string, children: Array<{ id: string }> }, department: { name: string } } } };

export type CreditEntryRowFragment = { id: string, list: CreditList, state: CreditEntryState, reason: string, listedOn: string, restrictions: Array<string>, causeKind: CreditCauseKind, causeInspectionId: string, causeDocumentNo: string | null, removalReason: string | null, removedOn: string | null, version: number, target: { id: string, name: string } | null, bureau: { name: string } | null };

export type CreditEntriesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CreditEntryFilter | null | undefined;
}>;


export type CreditEntriesQuery = { creditEntries: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, list: CreditList, state: CreditEntryState, reason: string, listedOn: string, restrictions: Array<string>, causeKind: CreditCauseKind, causeInspectionId: string, causeDocumentNo: string | null, removalReason: string | null, removedOn: string | null, version: number, target: { id: string, name: string } | null, bureau: { name: string } | null } }> } };

export type TargetCreditQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetCreditQuery = { target: { id: string, drawWeight: number, riskEntries: Array<{ id: string, code: RiskCode, since: string, until: string | null }>, creditEntries: Array<{ id: string, list: CreditList, state: CreditEntryState, reason: string, listedOn: string, restrictions: Array<string>, causeKind: CreditCauseKind, causeInspectionId: string, causeDocumentNo: string | null, removalReason: string | null, removedOn: string | null, version: number, target: { id: string, name: string } | null, bureau: { name: string } | null }> } };

export type ListCreditEntryMutationVariables = Exact<{
  input: ListCreditEntryInput;
}>;


export type ListCreditEntryMutation = { listCreditEntry: { entry: { id: string, list: CreditList, state: CreditEntryState, reason: string, listedOn: string, restrictions: Array<string>, causeKind: CreditCauseKind, causeInspectionId: string, causeDocumentNo: string | null, removalReason: string | null, removedOn: string | null, version: number, target: { id: string, name: string } | null, bureau: { name: string } | null } } };

export type RemoveCreditEntryMutationVariables = Exact<{
  input: CloseCreditEntryInput;
}>;


export type RemoveCreditEntryMutation = { removeCreditEntry: { entry: { id: string, list: CreditList, state: CreditEntryState, reason: string, listedOn: string, restrictions: Array<string>, causeKind: CreditCauseKind, causeInspectionId: string, causeDocumentNo: string | null, removalReason: string | null, removedOn: string | null, version: number, target: { id: string, name: string } | null, bureau: { name: string } | null } } };

export type RepairCreditEntryMutationVariables = Exact<{
  input: CloseCreditEntryInput;
}>;


export type RepairCreditEntryMutation = { repairCreditEntry: { entry: { id: string, list: CreditList, state: CreditEntryState, reason: string, listedOn: string, restrictions: Array<string>, causeKind: CreditCauseKind, causeInspectionId: string, causeDocumentNo: string | null, removalReason: string | null, removedOn: string | null, version: number, target: { id: string, name: string } | null, bureau: { name: string } | null } } };

export type DashboardFiguresFragment = { plans: number | null, tasks: number | null, due: number, dueInspected: number, inspected: number, reported: number, findings: number, notices: number, noticesConcluded: number, published: number, inspectors: number | null, targets: number | null, targetsInspected: number | null, completionRate: number | null, publicationRate: number | null, closureRate: number | null, findingRate: number | null, coverageRate: number | null };

export type DashboardQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;


export type DashboardQuery = { statistics: { year: number, fromMonth: number, untilMonth: number, refreshedAt: string | null, unit: { id: string, name: string, level: string }, trail: Array<{ id: string, name: string, level: string }>, totals: { plans: number | null, tasks: number | null, due: number, dueInspected: number, inspected: number, reported: number, findings: number, notices: number, noticesConcluded: number, published: number, inspectors: number | null, targets: number | null, targetsInspected: number | null, completionRate: number | null, publicationRate: number | null, closureRate: number | null, findingRate: number | null, coverageRate: number | null }, rows: Array<{ unit: { id: string, name: string, level: string, own: boolean, drillable: boolean, bureauId: string }, figures: { plans: number | null, tasks: number | null, due: number, dueInspected: number, inspected: number, reported: number, findings: number, notices: number, noticesConcluded: number, published: number, inspectors: number | null, targets: number | null, targetsInspected: number | null, completionRate: number | null, publicationRate: number | null, closureRate: number | null, findingRate: number | null, coverageRate: number | null }, overdue: { reports: number, dispatches: number, rectifications: number, publications: number, appeals: number, total: number } | null }>, trend: Array<{ month: number, due: number, dueInspected: number, inspected: number, findings: number, published: number }>, findingsByKind: Array<{ opinion: InspectionOpinion, count: number }>, findingsByTrade: Array<{ category: string, label: string, inspected: number, findings: number }>, coverageByItem: Array<{ itemId: string, name: string, due: number, dueInspected: number, completionRate: number | null }>, overdue: { reports: number, dispatches: number, rectifications: number, publications: number, appeals: number, total: number }, workload: { inspectorsWithWork: number, idle: number, assigned: number, max: number, average: number | null, top: Array<{ inspectorId: string, name: string, bureauName: string, departmentName: string, assigned: number, ended: number }> } } };

export type DashboardExportQueryVariables = Exact<{
  path: string;
}>;


export type DashboardExportQuery = { downloadUrl: { url: string } };

export type DashboardRankingQueryVariables = Exact<{
  year: number;
}>;


export type DashboardRankingQuery = { assessments: Array<{ id: string, period: AssessmentPeriod, issuedAt: string | null, computedAt: string, standard: { name: string }, scores: Array<{ bureauId: string, bureauName: string, finalScore: number | null, rank: number | null }> }> };

export type DashboardDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardDepartmentsQuery = { me: { user: { bureau: { departments: Array<{ code: string, name: string, active: boolean }> } } } };

export type TargetListQueryVariables = Exact<{
  filter?: TargetFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type TargetListQuery = { targets: { totalCountCapped: number, totalCountOverCap: boolean, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, holderKind: HolderKind, uscc: string | null, regionCode: string, businessCategory: string, grade: string | null, status: TargetStatus, riskLevel: RiskLevel, drawWeight: number, department: { name: string } | null } }> } };

export type TargetFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetFacetsQuery = { targetFacets: { regionCode: Array<{ value: string, count: number }>, grade: Array<{ value: string, count: number }> }, businessCategories: Array<{ code: string, name: string }> };

export type TargetDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type TargetDetailQuery = { target: { id: string, version: number, name: string, holderKind: HolderKind, uscc: string | null, residentId: string | null, registrationAuthority: string | null, legalRepresentative: string | null, registeredAddress: string | null, regionCode: string, businessCategory: string, grade: string | null, contactPhone: string | null, departmentId: string, status: TargetStatus, terminatedAt: string | null, terminationReason: string | null, riskLevel: RiskLevel, drawWeight: number, department: { name: string } | null, permits: Array<{ id: string, permitNo: string, permitType: string, status: string, validFrom: string | null, validUntil: string | null }>, riskEntries: Array<{ id: string, code: RiskCode, kind: RiskEntryKind, note: string | null, since: string, until: string | null, source: string }> }, businessCategories: Array<{ code: string, name: string }>, conflictsOfInterest: { totalCount: number, edges: Array<{ node: { id: string, relation: ConflictRelation, detail: string | null, since: string, until: string | null, createdAt: string, endedAt: string | null, endReason: string | null, bureauId: string, inspector: { id: string, name: string, department: { name: string } } | null, target: { id: string, name: string } | null, declarer: { displayName: string } | null } }> } };

export type TargetInspectionsQueryVariables = Exact<{
  targetId: string | number;
}>;


export type TargetInspectionsQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, scheduledOn: string | null, checkEndedOn: string | null, leadDepartment: { name: string } | null } }> } };

export type ObjectHistoryQueryVariables = Exact<{
  objectId: string;
}>;


export type ObjectHistoryQuery = { auditEntries: { edges: Array<{ node: { id: string, at: string, actorName: string, operation: string } }> } };

export type CreateTargetMutationVariables = Exact<{
  input: CreateTargetInput;
}>;


export type CreateTargetMutation = { createTarget: { target: { id: string } } };

export type UpdateTargetMutationVariables = Exact<{
  input: UpdateTargetInput;
}>;


export type UpdateTargetMutation = { updateTarget: { target: { id: string, version: number } } };

export type TerminateTargetMutationVariables = Exact<{
  input: TerminateTargetInput;
}>;


export type TerminateTargetMutation = { terminateTarget: { target: { id: string, status: TargetStatus } } };

export type AddPermitMutationVariables = Exact<{
  input: AddPermitInput;
}>;


export type AddPermitMutation = { addTargetPermit: { target: { id: string } } };

export type RecordRiskMutationVariables = Exact<{
  input: RecordRiskInput;
}>;


export type RecordRiskMutation = { recordTargetRisk: { target: { id: string, drawWeight: number } } };

export type InspectorListQueryVariables = Exact<{
  filter?: InspectorFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectorListQuery = { inspectors: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, name: string, badgeNo: string | null, warrantNo: string | null, warrantValidUntil: string | null, externalAgency: boolean, skills: Array<string>, status: InspectorStatus, department: { name: string } | null } }> } };

export type InspectorDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectorDetailQuery = { inspector: { id: string, version: number, name: string, gender: Gender, departmentId: string, externalAgency: boolean, badgeNo: string | null, warrantNo: string | null, warrantValidUntil: string | null, agencyCertificateNo: string | null, duty: string | null, post: string | null, phone: string | null, skills: Array<string>, qualifications: Array<string>, status: InspectorStatus, department: { name: string } | null, history: Array<{ id: string, change: string, changedAt: string }> }, conflictsOfInterest: { totalCount: number, edges: Array<{ node: { id: string, relation: ConflictRelation, detail: string | null, since: string, until: string | null, createdAt: string, endedAt: string | null, endReason: string | null, bureauId: string, inspector: { id: string, name: string, department: { name: string } } | null, target: { id: string, name: string } | null, declarer: { displayName: string } | null } }> } };

export type CreateInspectorMutationVariables = Exact<{
  input: CreateInspectorInput;
}>;


export type CreateInspectorMutation = { createInspector: { inspector: { id: string } } };

export type UpdateInspectorMutationVariables = Exact<{
  input: UpdateInspectorInput;
}>;


export type UpdateInspectorMutation = { updateInspector: { inspector: { id: string, version: number } } };

export type UsersForLinkQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersForLinkQuery = { users: { edges: Array<{ node: { id: string, displayName: string, username: string, department: { name: string } } }> } };

export type LinkInspectorUserMutationVariables = Exact<{
  input: LinkInspectorUserInput;
}>;


export type LinkInspectorUserMutation = { linkInspectorUser: { inspectorId: string, userId: string | null } };

export type TargetSearchQueryVariables = Exact<{
  name?: string | null | undefined;
}>;


export type TargetSearchQuery = { targets: { edges: Array<{ node: { id: string, name: string } }> } };

export type DeclareConflictMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;


export type DeclareConflictMutation = { declareConflict: { conflict: { id: string } } };

export type EndConflictMutationVariables = Exact<{
  input: EndConflictInput;
}>;


export type EndConflictMutation = { endConflict: { conflict: { id: string, until: string | null, endedAt: string | null, endReason: string | null } } };

export type DepartmentReadinessQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentReadinessQuery = { departmentReadiness: Array<{ departmentId: string, departmentName: string, activeInspectors: number, ready: boolean, targetsChangedSinceReview: boolean, inspectorsChangedSinceReview: boolean, targetsReview: { id: string, decision: string, comment: string | null, reviewedAt: string } | null, inspectorsReview: { id: string, decision: string, comment: string | null, reviewedAt: string } | null }> };

export type ReviewDirectoryMutationVariables = Exact<{
  input: ReviewDirectoryInput;
}>;


export type ReviewDirectoryMutation = { reviewDirectory: { review: { id: string } } };

export type TechnicianListQueryVariables = Exact<{
  filter?: TechnicianFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type TechnicianListQuery = { technicians: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, version: number, name: string, organisation: string, qualification: string | null, phone: string | null, active: boolean, bureauId: string } }> } };

export type RegisterTechnicianMutationVariables = Exact<{
  input: TechnicianInput;
}>;


export type RegisterTechnicianMutation = { registerTechnician: { technician: { id: string } } };

export type UpdateTechnicianMutationVariables = Exact<{
  input: UpdateTechnicianInput;
}>;


export type UpdateTechnicianMutation = { updateTechnician: { technician: { id: string, version: number } } };

export type SetTechnicianActiveMutationVariables = Exact<{
  input: SetTechnicianActiveInput;
}>;


export type SetTechnicianActiveMutation = { setTechnicianActive: { technician: { id: string, version: number, active: boolean } } };

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

export type DrawPublicationsQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type DrawPublicationsQuery = { publications: Array<{ id: string, kind: PublicationKind, version: number, status: PublicationStatus, publishedAt: string | null }> };

export type InspectionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionDetailQuery = { inspection: { id: string, version: number, status: InspectionStatus, kind: InspectionKind, joint: boolean, directReference: string | null, windowStart: string, windowEnd: string, scheduledOn: string | null, checkEndedOn: string | null, reportDue: string | null, reportDueEstimated: boolean | null, target: { name: string, registeredAddress: string | null } | null, leadDepartment: { name: string } | null, departments: Array<{ id: string, name: string }>, itemVersions: Array<{ id: string, name: string, versionNo: number }>, members: Array<{ id: string, leftAt: string | null, joinedVia: string, inspector: { name: string, badgeNo: string | null, warrantNo: string | null, department: { name: string }, bureau: { name: string } } | null }>, evidence: Array<{ id: string, kind: EvidenceKind, fileName: string | null, mime: string, sizeBytes: number, uploadedAt: string }>, records: Array<{ id: string, revision: number, thirdPartyBody: string | null, thirdPartyReportNo: string | null }>, retention: { basis: RetentionBasis, until: string | null, earliest: string, description: string }, report: { id: string, version: number, status: InspectionReportStatus, content: string, steps: string, findings: string, assessment: string, opinion: InspectionOpinion, opinionDetail: string | null, suggestions: string | null, submittedAt: string, late: boolean, workingDaysLate: number | null, reviewComment: string | null, reviewedAt: string | null } | null, rectificationDraft: { id: string, version: number, findings: string, legalBasis: string, deadline: string, contactPhone: string | null, draftedAt: string } | null, rectification: { id: string, status: RectificationStatus, documentNo: string, findings: string, legalBasis: string, deadline: string, issuedAt: string, contactName: string | null, contactPhone: string | null, followUpOn: string | null, followUpResult: FollowUpResult | null, followUpRemarks: string | null, caseNo: string | null, penaltyDecisionNo: string | null, penaltyDecidedOn: string | null } | null }, bureauSettings: { noticeIssuerRole: Role } };

export type ScheduleInspectionMutationVariables = Exact<{
  input: ScheduleInspectionInput;
}>;


export type ScheduleInspectionMutation = { scheduleInspection: { inspection: { id: string, status: InspectionStatus, scheduledOn: string | null } } };

export type SubmitInspectionReportMutationVariables = Exact<{
  input: InspectionReportInput;
}>;


export type SubmitInspectionReportMutation = { submitInspectionReport: { report: { id: string, status: InspectionReportStatus } } };

export type ReviewInspectionReportMutationVariables = Exact<{
  input: ReviewInspectionReportInput;
}>;


export type ReviewInspectionReportMutation = { reviewInspectionReport: { report: { id: string, status: InspectionReportStatus } } };

export type IssueRectificationNoticeMutationVariables = Exact<{
  input: IssueRectificationInput;
}>;


export type IssueRectificationNoticeMutation = { issueRectificationNotice: { notice: { id: string, documentNo: string } } };

export type DraftRectificationNoticeMutationVariables = Exact<{
  input: IssueRectificationInput;
}>;


export type DraftRectificationNoticeMutation = { draftRectificationNotice: { draft: { id: string } } };

export type IssueRectificationDraftMutationVariables = Exact<{
  input: IssueRectificationDraftInput;
}>;


export type IssueRectificationDraftMutation = { issueRectificationDraft: { notice: { id: string, documentNo: string } } };

export type RecordFollowUpCheckMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type RecordFollowUpCheckMutation = { recordFollowUpCheck: { notice: { id: string, status: RectificationStatus } } };

export type RecordPenaltyDecisionMutationVariables = Exact<{
  input: PenaltyDecisionInput;
}>;


export type RecordPenaltyDecisionMutation = { recordPenaltyDecision: { notice: { id: string, penaltyDecisionNo: string | null } } };

export type InspectionListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: InspectionFilter | null | undefined;
}>;


export type InspectionListQuery = { inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, scheduledOn: string | null, checkEndedOn: string | null, reportDue: string | null, report: { status: InspectionReportStatus } | null, target: { name: string } | null, leadDepartment: { name: string } | null } }> } };

export type ReportsDueListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  overdue: boolean;
  inReview: boolean;
}>;


export type ReportsDueListQuery = { inspectionReportsDue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, scheduledOn: string | null, checkEndedOn: string | null, reportDue: string | null, report: { status: InspectionReportStatus } | null, target: { name: string } | null, leadDepartment: { name: string } | null } }> } };

export type InspectionRowFragment = { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, scheduledOn: string | null, checkEndedOn: string | null, reportDue: string | null, report: { status: InspectionReportStatus } | null, target: { name: string } | null, leadDepartment: { name: string } | null };

export type MyInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInspectionsQuery = { myInspections: { totalCount: number, edges: Array<{ node: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, scheduledOn: string | null, checkEndedOn: string | null, report: { status: InspectionReportStatus } | null, target: { name: string } | null, leadDepartment: { name: string } | null } }> } };

export type RecordInspectionQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordInspectionQuery = { me: { user: { id: string } }, inspection: { id: string, status: InspectionStatus, windowStart: string, windowEnd: string, target: { name: string, registeredAddress: string | null, legalRepresentative: string | null } | null, itemVersions: Array<{ id: string, name: string, checkContents: Array<{ no: number, text: string }> }>, members: Array<{ id: string, leftAt: string | null, inspectorId: string, inspector: { name: string, badgeNo: string | null } | null }>, records: Array<{ id: string, revision: number, submittedAt: string }> } };

export type SubmitInspectionRecordMutationVariables = Exact<{
  input: InspectionRecordInput;
}>;


export type SubmitInspectionRecordMutation = { submitInspectionRecord: { record: { id: string, revision: number, submittedAt: string } } };

export type TechnicianBodiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TechnicianBodiesQuery = { technicians: { edges: Array<{ node: { id: string, organisation: string } }> } };

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


export type PublishedItemsQuery = { inspectionItems: { edges: Array<{ node: { id: string, bureau: { name: string } | null, publishedVersion: { id: string, name: string, versionNo: number, samplingRatioBp: number, frequencyPerYear: number } | null } }> }, businessCategories: Array<{ code: string, name: string }>, targetFacets: { regionCode: Array<{ value: string }> } };

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

export type PublicationRowFragment = { id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null };

export type PublicationQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationQueueQuery = { publicationQueue: Array<{ id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null }> };

export type PublicationListQueryVariables = Exact<{
  filter?: PublicationFilter | null | undefined;
}>;


export type PublicationListQuery = { publications: Array<{ id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null }> };

export type SubordinatePublicationStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubordinatePublicationStatsQuery = { subordinatePublicationStats: Array<{ bureauId: string, bureauName: string, overdueCount: number, dueCount: number, publishedCount: number, publishedRatio: number | null }> };

export type PublicationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicationDetailQuery = { publication: { supersedesId: string | null, supersedeReason: string | null, secretFields: Array<string>, draft: unknown, document: unknown, documentSha256: string | null, id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, approver: { displayName: string } | null, preparer: { displayName: string } | null, department: { name: string } | null }, bureauSettings: { publicationApproverRole: Role } };

export type PublicationSeriesQueryVariables = Exact<{
  seriesId: string | number;
}>;


export type PublicationSeriesQuery = { publications: Array<{ supersedeReason: string | null, secretFields: Array<string>, id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, approver: { displayName: string } | null, preparer: { displayName: string } | null, department: { name: string } | null }> };

export type SubjectPublicationsQueryVariables = Exact<{
  inspectionId: string | number;
}>;


export type SubjectPublicationsQuery = { inspection: { id: string, status: InspectionStatus, checkEndedOn: string | null, target: { id: string, name: string } | null, report: { status: InspectionReportStatus, opinion: InspectionOpinion } | null, rectification: { id: string, documentNo: string, penaltyDecisionNo: string | null, penaltyDecidedOn: string | null } | null }, publications: Array<{ id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null }> };

export type PenaltyPublicationsQueryVariables = Exact<{
  noticeId: string | number;
}>;


export type PenaltyPublicationsQuery = { publications: Array<{ id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null }> };

export type PreparePublicationMutationVariables = Exact<{
  input: PreparePublicationInput;
}>;


export type PreparePublicationMutation = { preparePublication: { id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null } };

export type ApprovePublicationMutationVariables = Exact<{
  input: ApprovePublicationInput;
}>;


export type ApprovePublicationMutation = { approvePublication: { id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null } };

export type ReturnPublicationMutationVariables = Exact<{
  input: ReturnPublicationInput;
}>;


export type ReturnPublicationMutation = { returnPublication: { id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null } };

export type CorrectPublicationMutationVariables = Exact<{
  input: SupersedePublicationInput;
}>;


export type CorrectPublicationMutation = { correctPublication: { id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null } };

export type WithdrawPublicationMutationVariables = Exact<{
  input: SupersedePublicationInput;
}>;


export type WithdrawPublicationMutation = { withdrawPublication: { id: string, kind: PublicationKind, action: PublicationAction, status: PublicationStatus, version: number, seriesId: string, subjectId: string, inspectionId: string | null, targetName: string | null, dueDate: string | null, eventDate: string | null, overdue: boolean, preparedBy: string | null, preparedAt: string | null, publishedAt: string | null, returnComment: string | null, rowVersion: number, preparer: { displayName: string } | null, department: { name: string } | null } };

export type PublicationTodoQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationTodoQuery = { publicationQueue: Array<{ id: string, status: PublicationStatus, preparedBy: string | null, dueDate: string | null, overdue: boolean, departmentId: string | null }>, bureauSettings: { publicationApproverRole: Role } };

export type RechecksQueryVariables = Exact<{ [key: string]: never; }>;


export type RechecksQuery = { rechecks: Array<{ id: string, bureauId: string, subordinateBureauId: string | null, periodFrom: string, periodTo: string, reason: string, openedAt: string }> };

export type RecheckDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type RecheckDetailQuery = { recheck: { id: string, bureauId: string, periodFrom: string, periodTo: string, subordinateBureauId: string | null, reason: string, openedBy: string, openedAt: string }, recheckSamples: Array<{ id: string, status: RecheckSampleStatus, extendsSampleId: string | null, sizeRuleName: RecheckSizeRule, ratioBp: number | null, minPerStratum: number, poolDigest: string, itemsDigest: string, itemCount: number, commitment: string, beaconSource: BeaconSource, beaconNote: string | null, beacon: string | null, nonce: string | null, resultDigest: string | null, sampleSize: number | null, committedBy: string, committedAt: string, drawnAt: string | null, strata: Array<{ stratum: string, population: number, sampleSize: number }> | null }>, recheckItems: Array<{ id: string, inspectionId: string, stratum: string, ticket: string, committedDigest: string, resultChanged: boolean, finishedOn: string, inspectorIds: Array<string>, state: RecheckItemState, method: RecheckMethod | null, opinion: string | null, findings: string | null, concludedOn: string | null, originalOpinion: string | null, examDigest: string | null, inspection: { id: string, target: { id: string, name: string } | null } | null, inspectionBureau: { id: string, name: string } | null, inspectors: Array<{ id: string, name: string, department: { id: string, name: string } }>, differences: Array<{ kind: string, no: number | null, text: string, original: string, recheck: string, remark: string | null }> | null, evidence: Array<{ id: string, kind: EvidenceKind, sha256: string, sizeBytes: number, fileName: string | null, url: string }>, checklist: Array<{ itemVersionId: string, no: number, text: string, result: string }> }>, recheckFindings: Array<{ id: string, recheckItemId: string, status: RecheckFindingStatus, answerKind: RecheckAnswerKind | null, answer: string | null, closeComment: string | null }> };

export type OpenRecheckMutationVariables = Exact<{
  input: OpenRecheckInput;
}>;


export type OpenRecheckMutation = { openRecheck: { recheck: { id: string } } };

export type EnterRecheckBeaconMutationVariables = Exact<{
  input: EnterRecheckBeaconInput;
}>;


export type EnterRecheckBeaconMutation = { enterRecheckBeacon: { recheck: { id: string } } };

export type RunRecheckMutationVariables = Exact<{
  recheckId: string | number;
}>;


export type RunRecheckMutation = { runRecheck: { recheck: { id: string } } };

export type EnlargeRecheckMutationVariables = Exact<{
  input: EnlargeRecheckInput;
}>;


export type EnlargeRecheckMutation = { enlargeRecheck: { recheck: { id: string } } };

export type RecordRecheckMutationVariables = Exact<{
  input: RecordRecheckInput;
}>;


export type RecordRecheckMutation = { recordRecheckExamination: { item: { id: string, state: RecheckItemState }, finding: { id: string } | null } };

export type RecheckFindingsQueryVariables = Exact<{
  status?: RecheckFindingStatus | null | undefined;
}>;


export type RecheckFindingsQuery = { recheckFindings: Array<{ id: string, bureauId: string, handlingBureauId: string, recheckId: string, inspectionId: string, status: RecheckFindingStatus, issuedAt: string, answerKind: RecheckAnswerKind | null, answer: string | null, answeredAt: string | null, publicationId: string | null, closedAt: string | null, closeComment: string | null, differences: Array<{ kind: string, no: number | null, text: string, original: string, recheck: string }> }> };

export type AnswerRecheckFindingMutationVariables = Exact<{
  input: AnswerRecheckFindingInput;
}>;


export type AnswerRecheckFindingMutation = { answerRecheckFinding: { finding: { id: string, status: RecheckFindingStatus } } };

export type CloseRecheckFindingMutationVariables = Exact<{
  input: CloseRecheckFindingInput;
}>;


export type CloseRecheckFindingMutation = { closeRecheckFinding: { finding: { id: string, status: RecheckFindingStatus } } };

export type RecheckSubordinatesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecheckSubordinatesQuery = { me: { user: { bureau: { id: string, children: Array<{ id: string, name: string, divisionCode: string }> } } } };

export type SupervisionReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionReportsQuery = { supervisionReports: Array<{ id: string, bureauId: string, kind: SupervisionReportKind, title: string, periodStart: string, periodEnd: string, state: JobState | null, generatedAt: string | null, createdAt: string, xlsx: { url: string, filename: string } | null, pdf: { url: string, filename: string } | null }> };

export type RequestSupervisionReportMutationVariables = Exact<{
  input: RequestSupervisionReportInput;
}>;


export type RequestSupervisionReportMutation = { requestSupervisionReport: { report: { id: string, title: string, state: JobState | null } } };

export type ReportRoundsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ReportRoundsQuery = { reportRounds: Array<{ id: string, roundNo: number, windowStart: string, windowEnd: string, taskName: string, planTitle: string, planYear: number, bureauName: string }> };

export type SituationReportDueQueryVariables = Exact<{ [key: string]: never; }>;


export type SituationReportDueQuery = { situationReportDue: { title: string, asOf: string, remindFrom: string, overdue: boolean } | null };

export type TodoFilingQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoFilingQueueQuery = { planFilingQueue: { totalCount: number } };

export type TodoDispatchesQueryVariables = Exact<{
  departmentId?: string | number | null | undefined;
}>;


export type TodoDispatchesQuery = { pendingDrawDispatches: Array<{ id: string, drawId: string, departmentId: string, dueDate: string }> };

export type TodoSwapRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoSwapRequestsQuery = { pendingDrawSwapRequests: Array<{ id: string, drawId: string, departmentId: string, approverRole: SwapApproverRole }> };

export type TodoDrawsAwaitingBeaconQueryVariables = Exact<{
  bureauId: string | number;
}>;


export type TodoDrawsAwaitingBeaconQuery = { draws: { edges: Array<{ node: { id: string, beacon: string | null, beaconSource: BeaconSource, committedBy: string } }> } };

export type TodoLegalReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoLegalReviewQuery = { inspectionItems: { totalCount: number } };

export type TodoReportsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoReportsDueQuery = { due: { totalCount: number, edges: Array<{ node: { id: string, reportDue: string | null } }> }, overdue: { totalCount: number, edges: Array<{ node: { id: string, reportDue: string | null } }> } };

export type TodoReportsInReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoReportsInReviewQuery = { inReview: { totalCount: number } };

export type TodoRectificationsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoRectificationsDueQuery = { waiting: { totalCount: number, edges: Array<{ node: { inspectionId: string, deadline: string } }> }, due: { totalCount: number, edges: Array<{ node: { inspectionId: string, deadline: string } }> } };

export type TodoMyInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoMyInspectionsQuery = { myInspections: { totalCount: number } };

export type TodoNoticesToIssueQueryVariables = Exact<{ [key: string]: never; }>;


export type TodoNoticesToIssueQuery = { toNotify: { totalCount: number } };

export const AdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUserFieldsFragment, unknown>;
export const AdminDepartmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminDepartmentFieldsFragment, unknown>;
export const AdminSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"jointMinimumRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"allowDrawFromFiledPlan"}},{"kind":"Field","name":{"kind":"Name","value":"minTeamSize"}},{"kind":"Field","name":{"kind":"Name","value":"minTeamDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"crossRegionDrawing"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"documentMark"}},{"kind":"Field","name":{"kind":"Name","value":"noticeIssuerRole"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRemedyStatement"}},{"kind":"Field","name":{"kind":"Name","value":"publicationApproverRole"}},{"kind":"Field","name":{"kind":"Name","value":"resultPublicationDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyPublicationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publishTargetDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"appealAnswerDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminSettingsFieldsFragment, unknown>;
export const ItemVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionItemVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"times"}},{"kind":"Field","name":{"kind":"Name","value":"per"}},{"kind":"Field","name":{"kind":"Name","value":"minimumRatioBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"law"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkContents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"crossAgencyJoint"}},{"kind":"Field","name":{"kind":"Name","value":"retentionYears"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}}]}}]} as unknown as DocumentNode<ItemVersionFieldsFragment, unknown>;
export const CreditEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"}},{"kind":"Field","name":{"kind":"Name","value":"causeKind"}},{"kind":"Field","name":{"kind":"Name","value":"causeInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"causeDocumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreditEntryRowFragment, unknown>;
export const DashboardFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"noticesConcluded"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"targetsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"publicationRate"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}},{"kind":"Field","name":{"kind":"Name","value":"findingRate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}}]}}]} as unknown as DocumentNode<DashboardFiguresFragment, unknown>;
export const InspectionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InspectionRowFragment, unknown>;
export const WarningFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]} as unknown as DocumentNode<WarningFieldsFragment, unknown>;
export const FilingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filingNo"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedToBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"filedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]} as unknown as DocumentNode<FilingFieldsFragment, unknown>;
export const PublicationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicationRowFragment, unknown>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AdminResetUserPasswordMutation, AdminResetUserPasswordMutationVariables>;
export const AdminDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDepartmentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminDepartmentsQuery, AdminDepartmentsQueryVariables>;
export const AdminCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDepartmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminCreateDepartmentMutation, AdminCreateDepartmentMutationVariables>;
export const AdminUpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDepartmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDepartmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminUpdateDepartmentMutation, AdminUpdateDepartmentMutationVariables>;
export const AdminBureauSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminBureauSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"jointMinimumRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"allowDrawFromFiledPlan"}},{"kind":"Field","name":{"kind":"Name","value":"minTeamSize"}},{"kind":"Field","name":{"kind":"Name","value":"minTeamDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"crossRegionDrawing"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"documentMark"}},{"kind":"Field","name":{"kind":"Name","value":"noticeIssuerRole"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRemedyStatement"}},{"kind":"Field","name":{"kind":"Name","value":"publicationApproverRole"}},{"kind":"Field","name":{"kind":"Name","value":"resultPublicationDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyPublicationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publishTargetDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"appealAnswerDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminBureauSettingsQuery, AdminBureauSettingsQueryVariables>;
export const AdminUpdateBureauSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateBureauSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBureauSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBureauSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettingsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BureauSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"jointMinimumRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"allowDrawFromFiledPlan"}},{"kind":"Field","name":{"kind":"Name","value":"minTeamSize"}},{"kind":"Field","name":{"kind":"Name","value":"minTeamDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"crossRegionDrawing"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"documentMark"}},{"kind":"Field","name":{"kind":"Name","value":"noticeIssuerRole"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRemedyStatement"}},{"kind":"Field","name":{"kind":"Name","value":"publicationApproverRole"}},{"kind":"Field","name":{"kind":"Name","value":"resultPublicationDays"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyPublicationDays"}},{"kind":"Field","name":{"kind":"Name","value":"publishTargetDirectory"}},{"kind":"Field","name":{"kind":"Name","value":"appealAnswerDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminUpdateBureauSettingsMutation, AdminUpdateBureauSettingsMutationVariables>;
export const AdminHolidayScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminHolidaySchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidaySchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminHolidayScheduleQuery, AdminHolidayScheduleQueryVariables>;
export const AdminLoadHolidayScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLoadHolidaySchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoadHolidayScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadHolidaySchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"loadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminLoadHolidayScheduleMutation, AdminLoadHolidayScheduleMutationVariables>;
export const ChangeOwnPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeOwnPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const AppealQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filerName"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealQueueQuery, AppealQueueQueryVariables>;
export const AppealDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filerName"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"directReference"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mime"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<AppealDetailQuery, AppealDetailQueryVariables>;
export const AcceptAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptAppealMutation, AcceptAppealMutationVariables>;
export const AnswerAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"correctionId"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerAppealMutation, AnswerAppealMutationVariables>;
export const TodoOverdueAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoOverdueAppeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoOverdueAppealsQuery, TodoOverdueAppealsQueryVariables>;
export const AppealCheckChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealCheckChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealCheckChoicesQuery, AppealCheckChoicesQueryVariables>;
export const OpenAppealCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAppealCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAppealCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAppealCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<OpenAppealCheckMutation, OpenAppealCheckMutationVariables>;
export const AssessmentIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"proposedWeight"}},{"kind":"Field","name":{"kind":"Name","value":"proposedFull"}},{"kind":"Field","name":{"kind":"Name","value":"proposedZero"}},{"kind":"Field","name":{"kind":"Name","value":"proposedPerItem"}}]}}]}}]} as unknown as DocumentNode<AssessmentIndicatorsQuery, AssessmentIndicatorsQueryVariables>;
export const AssessmentOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentStandards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"zero"}},{"kind":"Field","name":{"kind":"Name","value":"perItem"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentOverviewQuery, AssessmentOverviewQueryVariables>;
export const AssessmentScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"computedScore"}},{"kind":"Field","name":{"kind":"Name","value":"adjustment"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"noData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentScoresQuery, AssessmentScoresQueryVariables>;
export const AssessmentRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentRecordsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordKind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordDate"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]} as unknown as DocumentNode<AssessmentRecordsQuery, AssessmentRecordsQueryVariables>;
export const CreateAssessmentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssessmentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssessmentStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssessmentStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAssessmentStandardMutation, CreateAssessmentStandardMutationVariables>;
export const ReviseAssessmentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseAssessmentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseAssessmentStandardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseAssessmentStandard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseAssessmentStandardMutation, ReviseAssessmentStandardMutationVariables>;
export const ComputeAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComputeAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComputeAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computeAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ComputeAssessmentMutation, ComputeAssessmentMutationVariables>;
export const AdjustAssessmentScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustAssessmentScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustAssessmentScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustAssessmentScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustAssessmentScoreMutation, AdjustAssessmentScoreMutationVariables>;
export const IssueAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<IssueAssessmentMutation, IssueAssessmentMutationVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"actorBureauName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"objectTargetName"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AuditSigningKeyInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditSigningKeyInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditSigningKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKey"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyPem"}}]}}]}}]} as unknown as DocumentNode<AuditSigningKeyInfoQuery, AuditSigningKeyInfoQueryVariables>;
export const StartAuditVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAuditVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAuditVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StartAuditVerificationMutation, StartAuditVerificationMutationVariables>;
export const AuditViewerBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditViewerBureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditViewerBureauQuery, AuditViewerBureauQueryVariables>;
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
export const BureauOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BureauOptionsQuery, BureauOptionsQueryVariables>;
export const BureauNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BureauNameQuery, BureauNameQueryVariables>;
export const FollowedJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowedJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"download"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"availableUntil"}}]}}]}}]}}]} as unknown as DocumentNode<FollowedJobQuery, FollowedJobQueryVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MyBureauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyBureauQuery, MyBureauQueryVariables>;
export const StartExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<StartExportMutation, StartExportMutationVariables>;
export const UserOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserOptionsQuery, UserOptionsQueryVariables>;
export const UserNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UserNameQuery, UserNameQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"}},{"kind":"Field","name":{"kind":"Name","value":"causeKind"}},{"kind":"Field","name":{"kind":"Name","value":"causeInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"causeDocumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreditEntriesQuery, CreditEntriesQueryVariables>;
export const TargetCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drawWeight"}},{"kind":"Field","name":{"kind":"Name","value":"riskEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"}},{"kind":"Field","name":{"kind":"Name","value":"causeKind"}},{"kind":"Field","name":{"kind":"Name","value":"causeInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"causeDocumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TargetCreditQuery, TargetCreditQueryVariables>;
export const ListCreditEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ListCreditEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ListCreditEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listCreditEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"}},{"kind":"Field","name":{"kind":"Name","value":"causeKind"}},{"kind":"Field","name":{"kind":"Name","value":"causeInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"causeDocumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ListCreditEntryMutation, ListCreditEntryMutationVariables>;
export const RemoveCreditEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCreditEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCreditEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCreditEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"}},{"kind":"Field","name":{"kind":"Name","value":"causeKind"}},{"kind":"Field","name":{"kind":"Name","value":"causeInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"causeDocumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RemoveCreditEntryMutation, RemoveCreditEntryMutationVariables>;
export const RepairCreditEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RepairCreditEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCreditEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairCreditEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CreditEntryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CreditEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"restrictions"}},{"kind":"Field","name":{"kind":"Name","value":"causeKind"}},{"kind":"Field","name":{"kind":"Name","value":"causeInspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"causeDocumentNo"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RepairCreditEntryMutation, RepairCreditEntryMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"untilMonth"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"own"}},{"kind":"Field","name":{"kind":"Name","value":"drillable"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"dispatches"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findingsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findingsByTrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageByItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueInspected"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"dispatches"}},{"kind":"Field","name":{"kind":"Name","value":"rectifications"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}},{"kind":"Field","name":{"kind":"Name","value":"appeals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsWithWork"}},{"kind":"Field","name":{"kind":"Name","value":"idle"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"dueInspected"}},{"kind":"Field","name":{"kind":"Name","value":"inspected"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"noticesConcluded"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"targetsInspected"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"publicationRate"}},{"kind":"Field","name":{"kind":"Name","value":"closureRate"}},{"kind":"Field","name":{"kind":"Name","value":"findingRate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageRate"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"path"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"Variable","name":{"kind":"Name","value":"path"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<DashboardExportQuery, DashboardExportQueryVariables>;
export const DashboardRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"finalScore"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRankingQuery, DashboardRankingQueryVariables>;
export const DashboardDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDepartmentsQuery, DashboardDepartmentsQueryVariables>;
export const TargetListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountOverCap"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"drawWeight"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetListQuery, TargetListQueryVariables>;
export const TargetFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TargetFacetsQuery, TargetFacetsQueryVariables>;
export const TargetDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"holderKind"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"registrationAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategory"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"riskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"drawWeight"}},{"kind":"Field","name":{"kind":"Name","value":"permits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permitNo"}},{"kind":"Field","name":{"kind":"Name","value":"permitType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflictsOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetDetailQuery, TargetDetailQueryVariables>;
export const TargetInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"targetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetInspectionsQuery, TargetInspectionsQueryVariables>;
export const ObjectHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"objectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectHistoryQuery, ObjectHistoryQueryVariables>;
export const CreateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTargetMutation, CreateTargetMutationVariables>;
export const UpdateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTargetMutation, UpdateTargetMutationVariables>;
export const TerminateTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TerminateTargetMutation, TerminateTargetMutationVariables>;
export const AddPermitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPermit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPermitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTargetPermit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddPermitMutation, AddPermitMutationVariables>;
export const RecordRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTargetRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drawWeight"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRiskMutation, RecordRiskMutationVariables>;
export const InspectorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"warrantNo"}},{"kind":"Field","name":{"kind":"Name","value":"warrantValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"externalAgency"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectorListQuery, InspectorListQueryVariables>;
export const InspectorDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectorDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalAgency"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"warrantNo"}},{"kind":"Field","name":{"kind":"Name","value":"warrantValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCertificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflictsOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inspectorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectorDetailQuery, InspectorDetailQueryVariables>;
export const CreateInspectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInspector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInspectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInspector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInspectorMutation, CreateInspectorMutationVariables>;
export const UpdateInspectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInspector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInspectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInspector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInspectorMutation, UpdateInspectorMutationVariables>;
export const UsersForLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersForLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersForLinkQuery, UsersForLinkQueryVariables>;
export const LinkInspectorUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkInspectorUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInspectorUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInspectorUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<LinkInspectorUserMutation, LinkInspectorUserMutationVariables>;
export const TargetSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TargetSearchQuery, TargetSearchQueryVariables>;
export const DeclareConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeclareConflictMutation, DeclareConflictMutationVariables>;
export const EndConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]}}]} as unknown as DocumentNode<EndConflictMutation, EndConflictMutationVariables>;
export const DepartmentReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"activeInspectors"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"targetsChangedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsChangedSinceReview"}},{"kind":"Field","name":{"kind":"Name","value":"targetsReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectorsReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentReadinessQuery, DepartmentReadinessQueryVariables>;
export const ReviewDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDirectoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewDirectoryMutation, ReviewDirectoryMutationVariables>;
export const TechnicianListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TechnicianList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TechnicianFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"qualification"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TechnicianListQuery, TechnicianListQueryVariables>;
export const RegisterTechnicianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterTechnician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TechnicianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerTechnician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterTechnicianMutation, RegisterTechnicianMutationVariables>;
export const UpdateTechnicianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTechnician"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTechnicianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTechnician"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTechnicianMutation, UpdateTechnicianMutationVariables>;
export const SetTechnicianActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTechnicianActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTechnicianActiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTechnicianActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technician"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<SetTechnicianActiveMutation, SetTechnicianActiveMutationVariables>;
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
export const DrawPublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DrawPublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<DrawPublicationsQuery, DrawPublicationsQueryVariables>;
export const InspectionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"directReference"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedVia"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}},{"kind":"Field","name":{"kind":"Name","value":"warrantNo"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mime"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyBody"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyReportNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionDetail"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDraft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"followUpResult"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRemarks"}},{"kind":"Field","name":{"kind":"Name","value":"caseNo"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecidedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeIssuerRole"}}]}}]}}]} as unknown as DocumentNode<InspectionDetailQuery, InspectionDetailQueryVariables>;
export const ScheduleInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleInspectionMutation, ScheduleInspectionMutationVariables>;
export const SubmitInspectionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInspectionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInspectionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitInspectionReportMutation, SubmitInspectionReportMutationVariables>;
export const ReviewInspectionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewInspectionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInspectionReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewInspectionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewInspectionReportMutation, ReviewInspectionReportMutationVariables>;
export const IssueRectificationNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueRectificationNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRectificationNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}}]}}]}}]}}]} as unknown as DocumentNode<IssueRectificationNoticeMutation, IssueRectificationNoticeMutationVariables>;
export const DraftRectificationNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftRectificationNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftRectificationNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DraftRectificationNoticeMutation, DraftRectificationNoticeMutationVariables>;
export const IssueRectificationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueRectificationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRectificationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRectificationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}}]}}]}}]}}]} as unknown as DocumentNode<IssueRectificationDraftMutation, IssueRectificationDraftMutationVariables>;
export const RecordFollowUpCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUpCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUpCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpCheckMutation, RecordFollowUpCheckMutationVariables>;
export const RecordPenaltyDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPenaltyDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPenaltyDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisionNo"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPenaltyDecisionMutation, RecordPenaltyDecisionMutationVariables>;
export const InspectionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InspectionListQuery, InspectionListQueryVariables>;
export const ReportsDueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportsDueList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inReview"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}},{"kind":"Argument","name":{"kind":"Name","value":"inReview"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inReview"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inspection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportsDueListQuery, ReportsDueListQueryVariables>;
export const MyInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInspectionsQuery, MyInspectionsQueryVariables>;
export const RecordInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAddress"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"checkContents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorId"}},{"kind":"Field","name":{"kind":"Name","value":"inspector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionQuery, RecordInspectionQueryVariables>;
export const SubmitInspectionRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitInspectionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitInspectionRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitInspectionRecordMutation, SubmitInspectionRecordMutationVariables>;
export const TechnicianBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TechnicianBodies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technicians"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TechnicianBodiesQuery, TechnicianBodiesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const PlanListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filingCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanListQuery, PlanListQueryVariables>;
export const PlanDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"timesPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"teamSize"}},{"kind":"Field","name":{"kind":"Name","value":"joint"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"}},{"kind":"Field","name":{"kind":"Name","value":"grades"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"externalAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionIds"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundNo"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WarningFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFiling"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filingNo"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedToBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"filedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WarningFields"}}]}}]}}]} as unknown as DocumentNode<PlanDetailQuery, PlanDetailQueryVariables>;
export const PublishedItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versionNo"}},{"kind":"Field","name":{"kind":"Name","value":"samplingRatioBp"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyPerYear"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PublishedItemsQuery, PublishedItemsQueryVariables>;
export const CreatePlanFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlanForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePlanFormMutation, CreatePlanFormMutationVariables>;
export const AddPlanTaskFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanTaskForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlanTaskFormMutation, AddPlanTaskFormMutationVariables>;
export const UpdatePlanTaskFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanTaskForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePlanTaskFormMutation, UpdatePlanTaskFormMutationVariables>;
export const AddPlanRoundFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanRoundForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddPlanRoundFormMutation, AddPlanRoundFormMutationVariables>;
export const FilePlanFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilePlanForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FilePlanFormMutation, FilePlanFormMutationVariables>;
export const AcknowledgeFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgePlanFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgePlanFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeFilingMutation, AcknowledgeFilingMutationVariables>;
export const ReturnFilingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnFiling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPlanFilingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPlanFiling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnFilingMutation, ReturnFilingMutationVariables>;
export const FilingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilingQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFilingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"filingNo"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilingQueueQuery, FilingQueueQueryVariables>;
export const PublicationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicationQueueQuery, PublicationQueueQueryVariables>;
export const PublicationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicationListQuery, PublicationListQueryVariables>;
export const SubordinatePublicationStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubordinatePublicationStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subordinatePublicationStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"dueCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRatio"}}]}}]}}]} as unknown as DocumentNode<SubordinatePublicationStatsQuery, SubordinatePublicationStatsQueryVariables>;
export const PublicationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretFields"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"documentSha256"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicationApproverRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicationDetailQuery, PublicationDetailQueryVariables>;
export const PublicationSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"seriesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}},{"kind":"Field","name":{"kind":"Name","value":"supersedeReason"}},{"kind":"Field","name":{"kind":"Name","value":"secretFields"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PublicationSeriesQuery, PublicationSeriesQueryVariables>;
export const SubjectPublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectPublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkEndedOn"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisionNo"}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecidedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"INSPECTION_RESULT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inspectionId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubjectPublicationsQuery, SubjectPublicationsQueryVariables>;
export const PenaltyPublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PenaltyPublications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PENALTY_RESULT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PenaltyPublicationsQuery, PenaltyPublicationsQueryVariables>;
export const PreparePublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PreparePublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreparePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preparePublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PreparePublicationMutation, PreparePublicationMutationVariables>;
export const ApprovePublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApprovePublicationMutation, ApprovePublicationMutationVariables>;
export const ReturnPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnPublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReturnPublicationMutation, ReturnPublicationMutationVariables>;
export const CorrectPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupersedePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CorrectPublicationMutation, CorrectPublicationMutationVariables>;
export const WithdrawPublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupersedePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Publication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"preparedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"preparer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WithdrawPublicationMutation, WithdrawPublicationMutationVariables>;
export const PublicationTodoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationTodo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicationQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preparedBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bureauSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicationApproverRole"}}]}}]}}]} as unknown as DocumentNode<PublicationTodoQuery, PublicationTodoQueryVariables>;
export const RechecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rechecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rechecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"subordinateBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<RechecksQuery, RechecksQueryVariables>;
export const RecheckDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecheckDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"subordinateBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recheckSamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recheckId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"extendsSampleId"}},{"kind":"Field","name":{"kind":"Name","value":"sizeRuleName"}},{"kind":"Field","name":{"kind":"Name","value":"ratioBp"}},{"kind":"Field","name":{"kind":"Name","value":"minPerStratum"}},{"kind":"Field","name":{"kind":"Name","value":"poolDigest"}},{"kind":"Field","name":{"kind":"Name","value":"itemsDigest"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"beaconSource"}},{"kind":"Field","name":{"kind":"Name","value":"beaconNote"}},{"kind":"Field","name":{"kind":"Name","value":"beacon"}},{"kind":"Field","name":{"kind":"Name","value":"nonce"}},{"kind":"Field","name":{"kind":"Name","value":"resultDigest"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}},{"kind":"Field","name":{"kind":"Name","value":"committedBy"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"strata"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stratum"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"sampleSize"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recheckItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recheckId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inspectionBureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stratum"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"committedDigest"}},{"kind":"Field","name":{"kind":"Name","value":"resultChanged"}},{"kind":"Field","name":{"kind":"Name","value":"finishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"inspectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"recheck"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originalOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"examDigest"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recheckFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recheckId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recheckItemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerKind"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"closeComment"}}]}}]}}]} as unknown as DocumentNode<RecheckDetailQuery, RecheckDetailQueryVariables>;
export const OpenRecheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenRecheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenRecheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRecheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OpenRecheckMutation, OpenRecheckMutationVariables>;
export const EnterRecheckBeaconDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterRecheckBeacon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterRecheckBeaconInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterRecheckBeacon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnterRecheckBeaconMutation, EnterRecheckBeaconMutationVariables>;
export const RunRecheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunRecheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recheckId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runRecheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recheckId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recheckId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RunRecheckMutation, RunRecheckMutationVariables>;
export const EnlargeRecheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnlargeRecheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnlargeRecheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enlargeRecheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EnlargeRecheckMutation, EnlargeRecheckMutationVariables>;
export const RecordRecheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRecheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRecheckExamination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRecheckMutation, RecordRecheckMutationVariables>;
export const RecheckFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecheckFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecheckFindingStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheckFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"handlingBureauId"}},{"kind":"Field","name":{"kind":"Name","value":"recheckId"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerKind"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeComment"}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"no"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"original"}},{"kind":"Field","name":{"kind":"Name","value":"recheck"}}]}}]}}]}}]} as unknown as DocumentNode<RecheckFindingsQuery, RecheckFindingsQueryVariables>;
export const AnswerRecheckFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerRecheckFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerRecheckFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerRecheckFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerRecheckFindingMutation, AnswerRecheckFindingMutationVariables>;
export const CloseRecheckFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRecheckFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRecheckFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRecheckFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CloseRecheckFindingMutation, CloseRecheckFindingMutationVariables>;
export const RecheckSubordinatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecheckSubordinates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureau"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"divisionCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecheckSubordinatesQuery, RecheckSubordinatesQueryVariables>;
export const SupervisionReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bureauId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"xlsx"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionReportsQuery, SupervisionReportsQueryVariables>;
export const RequestSupervisionReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSupervisionReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSupervisionReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSupervisionReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSupervisionReportMutation, RequestSupervisionReportMutationVariables>;
export const ReportRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roundNo"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"taskName"}},{"kind":"Field","name":{"kind":"Name","value":"planTitle"}},{"kind":"Field","name":{"kind":"Name","value":"planYear"}},{"kind":"Field","name":{"kind":"Name","value":"bureauName"}}]}}]}}]} as unknown as DocumentNode<ReportRoundsQuery, ReportRoundsQueryVariables>;
export const SituationReportDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SituationReportDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"situationReportDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"remindFrom"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<SituationReportDueQuery, SituationReportDueQueryVariables>;
export const TodoFilingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoFilingQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planFilingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoFilingQueueQuery, TodoFilingQueueQueryVariables>;
export const TodoDispatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoDispatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingDrawDispatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drawId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]} as unknown as DocumentNode<TodoDispatchesQuery, TodoDispatchesQueryVariables>;
export const TodoSwapRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoSwapRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingDrawSwapRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"drawId"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"approverRole"}}]}}]}}]} as unknown as DocumentNode<TodoSwapRequestsQuery, TodoSwapRequestsQueryVariables>;
export const TodoDrawsAwaitingBeaconDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoDrawsAwaitingBeacon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"COMMITTED"}},{"kind":"ObjectField","name":{"kind":"Name","value":"bureauId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bureauId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"beacon"}},{"kind":"Field","name":{"kind":"Name","value":"beaconSource"}},{"kind":"Field","name":{"kind":"Name","value":"committedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoDrawsAwaitingBeaconQuery, TodoDrawsAwaitingBeaconQueryVariables>;
export const TodoLegalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoLegalReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"versionStatus"},"value":{"kind":"EnumValue","value":"IN_REVIEW"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoLegalReviewQuery, TodoLegalReviewQueryVariables>;
export const TodoReportsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoReportsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoReportsDueQuery, TodoReportsDueQueryVariables>;
export const TodoReportsInReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoReportsInReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inReview"},"name":{"kind":"Name","value":"inspectionReportsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"inReview"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoReportsInReviewQuery, TodoReportsInReviewQueryVariables>;
export const TodoRectificationsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoRectificationsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"waiting"},"name":{"kind":"Name","value":"rectificationsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"due"},"name":{"kind":"Name","value":"rectificationsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"due"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodoRectificationsDueQuery, TodoRectificationsDueQueryVariables>;
export const TodoMyInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoMyInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoMyInspectionsQuery, TodoMyInspectionsQueryVariables>;
export const TodoNoticesToIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodoNoticesToIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"toNotify"},"name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REPORTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TodoNoticesToIssueQuery, TodoNoticesToIssueQueryVariables>;