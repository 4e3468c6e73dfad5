import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import type { FollowUpResult, NoticeStatus, RectificationDraftStatus } from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { FollowUpResultEnum, NoticeStatusEnum, RectificationDraftStatusEnum } from './inspection-enums';

/** The rectification notice (R40), its follow-up and penalty decision, and an inspector's draft of it. */

@ObjectType('RectificationNotice', { description: '责令整改通知书（R40）及其复查' })
export class RectificationNoticeType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '文书编号' }) documentNo!: string;
  @Field({ description: '发现的问题' }) findings!: string;
  @Field({ description: '法律依据' }) legalBasis!: string;
  @Field({ description: '整改期限（到期复查）' }) deadline!: string;
  @Field(() => NoticeStatusEnum, { description: '状态' }) status!: NoticeStatus;
  @Field({ description: '下达时间' }) issuedAt!: Date;
  @Field(() => String, { nullable: true, description: '联系人（签发人）' }) contactName!: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) contactPhone!: string | null;
  @Field(() => FollowUpResultEnum, { nullable: true, description: '复查结果' }) followUpResult!: string | null;
  @Field(() => String, { nullable: true, description: '复查日期' }) followUpOn!: string | null;
  @Field(() => String, { nullable: true, description: '复查情况' }) followUpRemarks!: string | null;
  @Field(() => String, { nullable: true, description: '立案编号（复查不合格时）' }) caseNo!: string | null;
  @Field(() => String, { nullable: true, description: '处罚决定书文号' }) penaltyDecisionNo!: string | null;
  @Field(() => String, { nullable: true, description: '处罚决定日期（公示期限自此起算）' }) penaltyDecidedOn!:
    string | null;
  @Field(() => String, { nullable: true, description: '处罚决定撤销日期（已公示的处罚结果须在 5 个工作日内撤回）' })
  penaltyRevokedOn!: string | null;
  @Field(() => String, { nullable: true, description: '撤销原因' }) penaltyRevocationReason!: string | null;
}

export const RectificationNoticeConnection = ConnectionType(
  RectificationNoticeType,
  'RectificationNotice',
  '责令整改通知书',
);

@ObjectType('RectificationNoticePayload', { description: '整改通知操作的结果' })
export class RectificationNoticePayload {
  @Field(() => RectificationNoticeType, { description: '整改通知' }) notice!: RectificationNoticeType;
}

@InputType({ description: '下达责令整改通知书（R40）' })
export class IssueRectificationInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => String, {
    nullable: true,
    deprecationReason: '文书编号由系统按本单位、部门、年度顺序生成，此字段不再使用',
    description: '（已停用）文书编号',
  })
  @IsOptional()
  @Length(0, 100)
  documentNo?: string | null;
  @Field({ description: '发现的问题（每行一条，通知书上统一编号）' }) @Length(1, 5000) findings!: string;
  @Field({ description: '法律依据' }) @Length(1, 2000) legalBasis!: string;
  @Field({ description: '整改期限（不早于今天）' }) deadline!: string;
  @Field(() => String, {
    nullable: true,
    description: '联系电话（印在通知书上签发人旁）；不填则取签发人在执法检查人员名录中的电话',
  })
  @IsOptional()
  @Length(1, 40)
  contactPhone?: string | null;
}

@InputType({ description: '复查结果（R40）' })
export class FollowUpInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => FollowUpResultEnum, { description: '复查结果' }) result!: FollowUpResult;
  @Field({ description: '复查日期' }) checkedOn!: string;
  @Field({ description: '复查情况' }) @Length(1, 5000) remarks!: string;
  @Field(() => String, { nullable: true, description: '立案编号（不合格时必填）' })
  @IsOptional()
  @MaxLength(100)
  caseNo?: string | null;
}

@InputType({ description: '记录处罚决定' })
export class PenaltyDecisionInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '处罚决定书文号' }) @Length(1, 100) decisionNo!: string;
  @Field({ description: '决定日期' }) decidedOn!: string;
}

@InputType({ description: '记录处罚决定的撤销（复议、诉讼或自行纠错）' })
export class PenaltyRevocationInput {
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '撤销日期（不早于决定日期，不晚于今天）' }) revokedOn!: string;
  @Field({ description: '撤销原因' }) @Length(1, 2000) reason!: string;
}

/** An inspector's draft of a 责令整改通知书 and its issuing (issue 10). */
@InputType({ description: '签发整改通知书草稿' })
export class IssueRectificationDraftInput {
  @Field(() => ID, { description: '草稿' }) draftId!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
}
@ObjectType('RectificationDraft', {
  description: '整改通知书草稿：检查人员起草，由本单位设置的签发角色（默认部门负责人）签发',
})
export class RectificationDraftType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field({ description: '发现的问题' }) findings!: string;
  @Field({ description: '法律依据' }) legalBasis!: string;
  @Field({ description: '整改期限' }) deadline!: string;
  @Field(() => String, { nullable: true, description: '联系电话' }) contactPhone!: string | null;
  @Field(() => RectificationDraftStatusEnum, { description: '状态' }) status!: RectificationDraftStatus;
  @Field(() => ID, { description: '起草人' }) draftedBy!: string;
  @Field({ description: '起草时间' }) draftedAt!: Date;
  @Field(() => ID, { nullable: true, description: '签发后的通知书' }) noticeId!: string | null;
  @Field(() => Int, { description: '版本号' }) version!: number;
}
@ObjectType({ description: '起草结果' })
export class RectificationDraftPayload {
  @Field(() => RectificationDraftType, { description: '草稿' }) draft!: RectificationDraftType;
}
