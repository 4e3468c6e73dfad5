/**
 * What the printable forms need, as plain data. The inspection module maps its entities to these
 * shapes; the renderers know nothing of the database, so they can be tested and reused (a CLI, a
 * batch export) without one.
 *
 * Conventions, the same as the rest of the platform:
 * - an instant (start of a check, a signature) is a `Date` and is printed in Beijing time (UTC+8);
 * - a calendar day (deadline, date of issue) is a `YYYY-MM-DD` string, as MikroORM returns `date`
 *   columns, printed as 2026年12月10日;
 * - optional text may be `null` or missing: the form then prints “—” or leaves the line blank for a
 *   pen, the way the paper form would be left;
 * - text is printed as given (numbers, names, the document number already formatted by the
 *   bureau's numbering scheme, e.g. “金公（治）检字〔2026〕12号”).
 */

/**
 * A PNG image as bytes (a `Buffer` is one): a signature drawn on a pad, a scanned seal. Transparent
 * backgrounds are kept. At most 2 MB each (the PDF embeds it as it is).
 */
export type PngImage = Uint8Array;

/** The inspected target (检查对象), as the registry holds it. */
export interface FormTarget {
  /** 名称 (company, shop, or the person's name for an individual). */
  name: string;
  /** 统一社会信用代码 (USCC), for an organisation. */
  uscc?: string | null;
  /** 身份证件号码, for a natural person without a USCC; printed only when `uscc` is empty. */
  residentId?: string | null;
  /** 地址 (where the business is run; the registered address if that is all there is). */
  address?: string | null;
  /** 法定代表人（负责人）. */
  legalRepresentative?: string | null;
  /** 联系电话. */
  phone?: string | null;
}

/** An inspector at the check (R36: warrant cards shown, 000 §29). */
export interface FormInspector {
  name: string;
  /** 执法证号 (or an external agency's certificate number). */
  warrantNo: string;
  /** 单位或部门, e.g. 治安管理大队, or the external agency for a joint check. */
  department?: string | null;
}

/** 检查结果: the 联合抽查表 allows exactly these two (004 §11: 填写正常或不正常). */
export type ChecklistResult = 'NORMAL' | 'ABNORMAL';

/** One answered line of an item's checklist (检查子项). */
export interface ChecklistAnswer {
  /** 检查子项, e.g. 消防设施器材是否完好有效, where the checklist groups its lines (a column only then). */
  subItem?: string | null;
  /** 检查内容: the item version's check content (required without a sub-item). */
  content?: string | null;
  result: ChecklistResult;
  /** 备注: what was seen, especially for 不正常. */
  remark?: string | null;
}

/** One checked item (检查事项) of the record, with its checklist. */
export interface CheckedItem {
  /** 检查事项名称, from the catalog. */
  name: string;
  /** 检查方式, e.g. 实地核查、书面检查、网络监测. */
  method: string;
  /** 检查依据 (law and article), if printed on the form. */
  basis?: string | null;
  /** The checklist in catalog order; any length, the table flows across pages. */
  answers: ChecklistAnswer[];
  /** 检查情况: what the inspectors found for this item. */
  findings: string;
}

/** The target's representative who checks the record and signs it (000 §30). */
export interface TargetRepresentative {
  name: string;
  /** 职务, or the relation to the target (法定代表人, 店长, 受委托人…). */
  position?: string | null;
  phone?: string | null;
}

/**
 * No signature or seal could be had (000 §30, 004 §18): the inspectors write why, and a witness
 * may sign.
 */
export interface SignatureRefusal {
  /** 原因, e.g. 被检查对象负责人拒绝签字. */
  reason: string;
  witness?: {
    name: string;
    /** 见证人身份 (e.g. 社区网格员). */
    role?: string | null;
    signature?: PngImage | null;
  } | null;
}

/**
 * 现场检查记录表 (R36). Give the target's `signature`, or a `refusal`, or neither (the form is
 * printed before signing, with blank lines for a pen); both at once is SIGNATURE_AND_REFUSAL.
 */
export interface OnSiteRecordData {
  /** The inspecting bureau, printed above the title, e.g. 郑州市公安局金水分局. */
  bureauName: string;
  /** 编号. */
  documentNo: string;
  /** The plan task or joint check this record belongs to, e.g. 2026年第一季度消防安全联合抽查. */
  taskName?: string | null;
  startedAt: Date;
  endedAt?: Date | null;
  /** 检查地点. */
  place: string;
  target: FormTarget;
  /** Inspectors present (at least one; the rules want three from two departments, 000 §29). */
  inspectors: FormInspector[];
  /** Whether the warrant cards were shown (R36): 已出示 / 未出示; null, 不适用, for a check without a visit (R44). */
  warrantsShown: boolean | null;
  /** Checked items with their checklists (at least one). */
  items: CheckedItem[];
  /** 音像记录 (R36: where possible), e.g. 执法记录仪 DSJ-0032 全程录像. */
  recording?: string | null;
  targetRepresentative: TargetRepresentative;
  /** The representative's signature or the target's seal, as a PNG. */
  signature?: PngImage | null;
  /** When the signature was given; printed beside it (defaults to `endedAt`, then `startedAt`). */
  signedAt?: Date | null;
  refusal?: SignatureRefusal | null;
  /** The record's overall 检查情况, printed once after the items (each item has its own). */
  findings?: string | null;
}

/** 责令整改通知书 (R38 opinion 责令整改; R40: deadline and follow-up check). */
export interface RectificationNoticeData {
  bureauName: string;
  documentNo: string;
  target: FormTarget;
  /** The problems found, one per entry, numbered on the form. At least one. */
  findings: string[];
  /** 依据: law and article for each order, e.g. 《中华人民共和国消防法》第十六条第一款第（二）项. */
  legalBasis: string[];
  /** 整改期限 (a day, inclusive): 于 …… 前整改完毕. Not before `issuedOn`. */
  deadline: string;
  /** 整改要求, if more than “改正上述问题” must be said. */
  requirements?: string | null;
  /** 签发日期. */
  issuedOn: string;
  /**
   * The follow-up sentence (R40). Defaults to saying the bureau re-checks after the deadline and
   * deals with unrectified problems according to law.
   */
  followUp?: string | null;
  /** 复议、诉讼告知 (a bureau setting, on by default: see REMEDY_STATEMENT); null prints none. */
  remedyNotice?: string | null;
  /** 联系人及电话. */
  contact?: { name: string; phone?: string | null } | null;
  /** The bureau's seal as a PNG; without it the form leaves the 印章 place marked for a stamp. */
  sealImage?: PngImage | null;
}

/** R38: the opinion at the end of a check. */
export type OpinionKind = 'NO_ANOMALY' | 'RECTIFICATION' | 'CASE_FILED' | 'REFERRED' | 'JUDICIAL' | 'OTHER';

/** R37: how a target did not cooperate (000 §37). */
export type NonCooperationKind =
  'BLOCKED_ENTRY' | 'BLOCKED_QUESTIONING' | 'REFUSED_DOCUMENTS' | 'FALSE_INFORMATION' | 'OTHER';

/** 检查报告 (R39: time, content, steps, findings, assessment, opinion and suggestions, 000 §33). */
export interface InspectionReportData {
  bureauName: string;
  documentNo: string;
  taskName?: string | null;
  target: FormTarget;
  startedAt: Date;
  endedAt: Date;
  /** 检查内容: the items checked, one per entry (at least one). */
  content: string[];
  /** 实施步骤, in order (at least one). */
  steps: string[];
  /** 检查情况. */
  findings: string;
  /** 对被检查人评价. */
  assessment: string;
  /** Non-cooperation recorded on site (R37); printed as 无 when empty. */
  nonCooperation?: { kind: NonCooperationKind; note?: string | null }[] | null;
  /** 处理意见: the kind is ticked among all six; `detail` says more (required for OTHER). */
  opinion: { kind: OpinionKind; detail?: string | null };
  /** The notice's number when the opinion is RECTIFICATION (links the two papers). */
  rectificationNoticeNo?: string | null;
  /** 建议. */
  suggestions?: string | null;
  inspectors: FormInspector[];
  /** 报告日期 (R39: within 3 working days of the end of the check; the module checks that). */
  reportedOn: string;
  /** 审核人: the report is reviewed before publication (000 §33). Blank lines when not yet reviewed. */
  reviewer?: { name: string; post?: string | null; reviewedOn?: string | null; comment?: string | null } | null;
}
