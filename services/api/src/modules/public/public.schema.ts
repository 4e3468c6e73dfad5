import { buildSchema, type GraphQLSchema } from 'graphql';
import { APPEAL_KINDS, APPEAL_STATUSES, PUBLICATION_ACTIONS, PUBLICATION_KINDS } from '@dsr/domain';

/**
 * The anonymous endpoint's own schema (/public/graphql): small, read-only, and built from SDL with
 * nothing of the internal schema in it. Committed as schema/public.graphql (test/public-schema.test.ts).
 */
export const PUBLIC_SDL = /* GraphQL */ `
"公开查询：只读已公示（冻结、已脱敏）的文书；按条件查找，不提供全量列表"
type Query {
  "按统一社会信用代码（精确）、名称（至少两个字）或公示机关与日期范围查找现行公示文书"
  publications(filter: PublicLookUp!, page: PublicPage): PublicPublicationPage!
  "按编号取一份公示文书及其更正、撤回历史；未公示的文书一律查不到"
  publication(id: ID!): PublicPublication!
  "一次抽取已公示的承诺与结果文书（按抽取编号）"
  publishedDraw(id: ID!): PublicDraw!
  "用 packages/domain 的抽取引擎重放已公示的抽取记录（按抽取编号）"
  verifyPublishedDraw(id: ID!): PublicDrawVerification!
  "有已公示文书的公示机关（按行政区划代码排序），供按机关查找时选择"
  publicBureaus: [PublicBureau!]!
  "凭受理编号和查询码查看一件异议或投诉的办理情况与答复；编号或查询码不对一律查不到"
  appealStatus(receiptNo: String!, queryCode: String!): PublicAppealStatus!
}

"公众唯一能写的：对现行公示文书提出异议或投诉（R49、R57）"
type Mutation {
  "对一份现行公示文书提出异议或投诉：交公示机关的督察部门按期答复；返回受理编号和查询码（只显示这一次）"
  fileAppeal(input: FileAppealInput!): FiledAppeal!
}

"异议或投诉"
enum AppealKind { ${APPEAL_KINDS.join(' ')} }

"办理状态：已受理登记、办理中、成立、不成立"
enum AppealStatus { ${APPEAL_STATUSES.join(' ')} }

"提出异议或投诉"
input FileAppealInput {
  "针对的公示文书编号"
  publicationId: ID!
  "异议或投诉"
  kind: AppealKind!
  "提出人姓名或单位名称"
  name: String!
  "联系方式：手机号码、固定电话或电子邮箱"
  contact: String!
  "理由与事实"
  reason: String!
  "附件凭据（POST /public/appeal-attachments 上传后返回的 ticket，至多 5 个）"
  attachments: [String!]
}

"已受理的异议或投诉"
type FiledAppeal {
  "受理编号"
  receiptNo: String!
  "查询码（只显示这一次，请妥善保存）"
  queryCode: String!
  "答复期限（YYYY-MM-DD）"
  dueDate: String!
  "受理机关"
  bureauName: String!
}

"一件异议或投诉的办理情况"
type PublicAppealStatus {
  "受理编号"
  receiptNo: String!
  "异议或投诉"
  kind: AppealKind!
  "办理状态"
  status: AppealStatus!
  "提出时间（ISO 8601）"
  filedAt: String!
  "答复期限（YYYY-MM-DD）"
  dueDate: String!
  "答复（办结后）"
  answer: String
  "答复时间（ISO 8601）"
  answeredAt: String
  "针对的公示文书编号"
  publicationId: ID!
  "异议成立后更正的公示文书编号（更正已公示时）"
  correctionId: ID
  "受理机关"
  bureauName: String!
  "公示文书中的名称"
  targetName: String
}

"公示类别"
enum PublicationKind { ${PUBLICATION_KINDS.join(' ')} }

"文书的动作：首次公示、更正、撤回"
enum PublicationAction { ${PUBLICATION_ACTIONS.join(' ')} }

"查找条件：三种之一"
input PublicLookUp {
  "统一社会信用代码，18 位，精确匹配"
  creditCode: String
  "名称中的连续文字，至少两个字"
  name: String
  "公示机关的行政区划代码（与 kind、from、to 一起）"
  bureauCode: String
  "公示类别（按公示机关查找时必填）"
  kind: PublicationKind
  "公示日期起（含，YYYY-MM-DD，北京时间）"
  from: String
  "公示日期止（含，YYYY-MM-DD，北京时间）"
  to: String
}

"分页：每页至多 50 条，起点至多 1000"
input PublicPage {
  "每页条数（默认 20）"
  limit: Int
  "起点（默认 0）"
  offset: Int
}

"一页查找结果"
type PublicPublicationPage {
  "本页的文书"
  items: [PublicPublication!]!
  "每页条数"
  limit: Int!
  "起点"
  offset: Int!
  "后面是否还有"
  hasMore: Boolean!
}

"公示机关"
type PublicBureau {
  "行政区划代码"
  code: String!
  "名称"
  name: String!
}

"一份已公示的文书（冻结、已脱敏）"
type PublicPublication {
  "文书编号"
  id: ID!
  "公示类别"
  kind: PublicationKind!
  "公示机关"
  bureau: PublicBureau!
  "所属系列（首份文书的编号）"
  seriesId: ID!
  "系列中的版本号，从 1 起"
  version: Int!
  "动作"
  action: PublicationAction!
  "是否为系列的现行文书（否：已被更正或撤回）"
  current: Boolean!
  "被本文书更正或撤回的文书编号"
  supersedesId: ID
  "更正或撤回的原因"
  supersedeReason: String
  "公示时间（ISO 8601）"
  publishedAt: String!
  "事件日期（检查结束、处罚决定等，YYYY-MM-DD）"
  eventDate: String
  "统一社会信用代码"
  targetCreditCode: String
  "名称"
  targetName: String
  "文书内容（JSON 文本）"
  document: String!
  "文书内容的 SHA-256"
  documentSha256: String!
  "系列的全部已公示版本，从第 1 版起"
  history: [PublicPublicationVersion!]!
}

"系列中的一个已公示版本"
type PublicPublicationVersion {
  "文书编号"
  id: ID!
  "版本号"
  version: Int!
  "动作"
  action: PublicationAction!
  "是否为现行文书"
  current: Boolean!
  "更正或撤回的原因"
  supersedeReason: String
  "公示时间（ISO 8601）"
  publishedAt: String!
  "文书内容的 SHA-256"
  documentSha256: String!
}

"一次抽取的公开文书"
type PublicDraw {
  "抽取编号"
  drawId: ID!
  "抽取前公示的承诺"
  commitment: PublicPublication
  "抽取后公示的结果与记录"
  result: PublicPublication
  "可供 pnpm verify-draw 校验的记录下载地址（结果已公示时）"
  recordUrl: String
}

"验证的一项检查"
type PublicDrawCheck {
  "检查名（DRAW.md §1、§9）"
  name: String!
  "是否通过"
  ok: Boolean!
  "记录中的值"
  recorded: String!
  "据记录重新计算的值"
  computed: String!
  "说明"
  description: String!
}

"已公示抽取记录的验证结果"
type PublicDrawVerification {
  "全部检查是否通过"
  ok: Boolean!
  "各项检查"
  checks: [PublicDrawCheck!]!
}
`;

export function buildPublicSchema(): GraphQLSchema {
  return buildSchema(PUBLIC_SDL);
}
