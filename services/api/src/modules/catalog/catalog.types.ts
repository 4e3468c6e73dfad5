import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  FREQUENCY_LEVELS,
  FREQUENCY_PERIODS,
  INSPECTION_METHODS,
  ITEM_CATEGORIES,
  ITEM_STATUSES,
  ITEM_VERSION_STATUSES,
  REVIEW_DECISIONS,
  type InspectionMethod,
  type ItemCategory,
  type ItemStatus,
  type ItemVersionStatus,
  type ReviewDecision,
} from '@dsr/domain';
import { ConnectionType } from '../../common/connection';
import { enumOf } from '../../common/enum-of';

export const ItemCategoryEnum = enumOf(ITEM_CATEGORIES);
registerEnumType(ItemCategoryEnum, {
  name: 'ItemCategory',
  description: '事项类别',
  valuesConfig: {
    GENERAL: { description: '一般检查事项' },
    KEY: { description: '重点检查事项' },
    GENERAL_AND_KEY: { description: '一般检查事项和重点检查事项相结合' },
  },
});
export const InspectionMethodEnum = enumOf(INSPECTION_METHODS);
registerEnumType(InspectionMethodEnum, {
  name: 'InspectionMethod',
  description: '检查方式',
  valuesConfig: {
    ON_SITE: { description: '实地（现场）检查' },
    DOCUMENTARY: { description: '书面检查' },
    ONLINE: { description: '网络检查（网上监测）' },
  },
});
export const ItemStatusEnum = enumOf(ITEM_STATUSES);
registerEnumType(ItemStatusEnum, {
  name: 'ItemStatus',
  description: '事项状态',
  valuesConfig: {
    DRAFT: { description: '未发布' },
    PUBLISHED: { description: '已发布（可纳入计划、可检查）' },
    RETIRED: { description: '已停用' },
  },
});
export const ItemVersionStatusEnum = enumOf(ITEM_VERSION_STATUSES);
registerEnumType(ItemVersionStatusEnum, {
  name: 'ItemVersionStatus',
  description: '事项版本状态',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    IN_REVIEW: { description: '法制审核中' },
    RETURNED: { description: '已退回修改' },
    APPROVED: { description: '法制审核通过，待发布' },
    PUBLISHED: { description: '已发布' },
    SUPERSEDED: { description: '已被新版本取代' },
    RETIRED: { description: '已停用' },
    WITHDRAWN: { description: '已撤回' },
  },
});
export const ReviewDecisionEnum = enumOf(REVIEW_DECISIONS);
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: '法制审核结论',
  valuesConfig: { APPROVE: { description: '通过' }, RETURN: { description: '退回修改（须写明意见）' } },
});
export const FrequencyPeriodEnum = enumOf(FREQUENCY_PERIODS);
registerEnumType(FrequencyPeriodEnum, {
  name: 'FrequencyPeriod',
  description: '频次周期',
  valuesConfig: {
    YEAR: { description: '每年' },
    HALF_YEAR: { description: '每半年' },
    QUARTER: { description: '每季度' },
    MONTH: { description: '每月' },
  },
});
export const FrequencyLevelEnum = enumOf(FREQUENCY_LEVELS);
registerEnumType(FrequencyLevelEnum, {
  name: 'FrequencyLevel',
  description: '执行检查的层级',
  valuesConfig: {
    COUNTY: { description: '县级公安机关业务部门' },
    CITY: { description: '市级公安机关' },
    POLICE_STATION: { description: '派出所' },
  },
});

@ObjectType('LegalBasis', { description: '抽查依据' })
export class LegalBasisType {
  @Field({ description: '法律、法规或规章名称' }) law!: string;
  @Field(() => String, { nullable: true, description: '条款' }) articles!: string | null;
}
@InputType({ description: '抽查依据' })
export class LegalBasisInput {
  @Field({ description: '法律、法规或规章名称，如《旅馆业治安管理办法》' }) @Length(1, 200) law!: string;
  @Field(() => String, { nullable: true, description: '条款，如 第三条、第三十二条' })
  @IsOptional()
  @MaxLength(200)
  articles?: string | null;
}

@ObjectType('FrequencyRule', { description: '按等级和层级的抽查频次规则（R4）' })
export class FrequencyRuleType {
  @Field(() => String, { nullable: true, description: '对象等级（如 A、B、C），空为不分等级' }) grade!: string | null;
  @Field(() => FrequencyLevelEnum, { nullable: true, description: '执行层级，空为不分层级' }) level!: string | null;
  @Field(() => Int, { description: '次数' }) times!: number;
  @Field(() => FrequencyPeriodEnum, { description: '周期' }) per!: string;
  @Field(() => Int, { nullable: true, description: '最低抽查比例（万分之一）' }) minimumRatioBp!: number | null;
  @Field(() => Int, { description: '折合每年次数' }) timesPerYear!: number;
}
@InputType({ description: '按等级和层级的抽查频次规则（R4）' })
export class FrequencyRuleInput {
  @Field(() => String, { nullable: true, description: '对象等级（如 A、B、C）' }) @IsOptional() @MaxLength(20) grade?:
    string | null;
  @Field(() => FrequencyLevelEnum, { nullable: true, description: '执行层级' }) level?: string | null;
  @Field(() => Int, { description: '次数（≥1）' }) times!: number;
  @Field(() => FrequencyPeriodEnum, { description: '周期' }) per!: string;
  @Field(() => Int, { nullable: true, description: '最低抽查比例（万分之一）' }) minimumRatioBp?: number | null;
}

@ObjectType('CheckContent', { description: '检查内容子项，逐项填写 正常/不正常' })
export class CheckContentType {
  @Field(() => Int, { description: '序号' }) no!: number;
  @Field({ description: '内容' }) text!: string;
}

@InputType({ description: '事项内容（每个版本一份）' })
export class ItemContentInput {
  @Field({ description: '抽查事项名称' }) @Length(1, 200) name!: string;
  @Field(() => [LegalBasisInput], { description: '抽查依据，至少一条' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  legalBasis!: LegalBasisInput[];
  @Field(() => ID, { description: '检查主体（本单位执法部门）' }) departmentId!: string;
  @Field({ description: '检查对象，如 全县网吧业' }) @Length(1, 200) targetType!: string;
  @Field(() => [String], { defaultValue: [], description: '适用的行业类别代码（见 businessCategories 查询）' })
  @ArrayMaxSize(30)
  businessCategories!: string[];
  @Field(() => ItemCategoryEnum, { description: '事项类别' }) category!: ItemCategory;
  @Field(() => Int, { description: '抽查比例，万分之一为单位：500 即 5%' }) samplingRatioBp!: number;
  @Field(() => Int, { description: '每年抽查频次（≥1）' }) frequencyPerYear!: number;
  @Field(() => [FrequencyRuleInput], { defaultValue: [], description: '按等级、层级细分的频次规则' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  frequencyRules!: FrequencyRuleInput[];
  @Field(() => [InspectionMethodEnum], { description: '检查方式，至少一种' })
  @ArrayMinSize(1)
  methods!: InspectionMethod[];
  @Field(() => [String], { defaultValue: [], description: '检查内容子项（按顺序编号）' })
  @ArrayMaxSize(200)
  checkContents!: string[];
  @Field(() => [String], { defaultValue: [], description: '检查人员须具备的技能（R15）' })
  @ArrayMaxSize(20)
  requiredSkills!: string[];
  @Field({ defaultValue: false, description: '跨部门联合抽查事项（比例下限可为 3%）' }) crossAgencyJoint!: boolean;
  @Field(() => String, { nullable: true, description: '备注' }) @IsOptional() @MaxLength(2000) notes?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      '档案保存期限（年）：有关规定对本事项的检查材料另定保存期限时填写，不少于 2 年；留空即没有规定，按检查对象存续期间加两年保存（R42）',
  })
  retentionYears?: number | null;
}

@ObjectType('InspectionItemVersion', { description: '抽查事项的一个版本；发布后不可修改（R6）' })
export class ItemVersionType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '所属事项' }) itemId!: string;
  @Field(() => Int, { description: '版本号' }) versionNo!: number;
  @Field(() => ItemVersionStatusEnum, { description: '状态' }) status!: ItemVersionStatus;
  @Field({ description: '抽查事项名称' }) name!: string;
  @Field(() => [LegalBasisType], { description: '抽查依据' }) legalBasis!: LegalBasisType[];
  @Field(() => ID, { description: '检查主体（部门）编号' }) departmentId!: string;
  @Field({ description: '检查对象' }) targetType!: string;
  @Field(() => [String], { description: '适用的行业类别代码' }) businessCategories!: string[];
  @Field(() => ItemCategoryEnum, { description: '事项类别' }) category!: ItemCategory;
  @Field(() => Int, { description: '抽查比例（万分之一）' }) samplingRatioBp!: number;
  @Field(() => Int, { description: '每年抽查频次' }) frequencyPerYear!: number;
  @Field(() => [InspectionMethodEnum], { description: '检查方式' }) methods!: InspectionMethod[];
  @Field(() => [CheckContentType], { description: '检查内容' }) checkContents!: CheckContentType[];
  @Field(() => [String], { description: '须具备的技能' }) requiredSkills!: string[];
  @Field({ description: '跨部门联合抽查事项' }) crossAgencyJoint!: boolean;
  @Field(() => String, { nullable: true, description: '备注' }) notes!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: '本事项检查材料的档案保存期限（年）；空为没有规定，按检查对象存续期间加两年（R42）',
  })
  retentionYears!: number | null;
  @Field({ description: '创建时间' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: '提交审核时间' }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '审核时间' }) reviewedAt!: Date | null;
  @Field(() => ID, { nullable: true, description: '审核人' }) reviewedBy!: string | null;
  @Field(() => String, { nullable: true, description: '审核意见' }) reviewComment!: string | null;
  @Field(() => Date, { nullable: true, description: '发布时间' }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '停用时间' }) retiredAt!: Date | null;
  @Field(() => Int, { description: '版本号（并发控制，修改时回传）' }) version!: number;
}

@ObjectType('InspectionItem', { description: '随机抽查事项（一单）' })
export class ItemType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '事项编码（本单位内唯一）' }) code!: string;
  @Field(() => ItemStatusEnum, { description: '状态' }) status!: ItemStatus;
  @Field(() => ID, { description: '所属机关' }) bureauId!: string;
  @Field(() => ID, { description: '检查主体（部门）' }) departmentId!: string;
  @Field(() => ID, { nullable: true, description: '现行发布版本' }) publishedVersionId!: string | null;
  @Field(() => Int, { description: '最新版本号' }) latestVersionNo!: number;
  @Field(() => Int, { description: '版本号（并发控制）' }) version!: number;
}

export const ItemConnection = ConnectionType(ItemType, 'InspectionItem', '抽查事项');

@InputType({ description: '抽查事项筛选条件' })
export class ItemFilter {
  @Field(() => ItemStatusEnum, { nullable: true, description: '状态' }) status?: ItemStatus;
  @Field(() => ID, { nullable: true, description: '检查主体（部门）' }) departmentId?: string;
  @Field(() => ID, { nullable: true, description: '所属机关（默认本单位和上级发布的）' }) bureauId?: string;
  @Field(() => ItemVersionStatusEnum, {
    nullable: true,
    description: '有此状态的版本（如 IN_REVIEW：法制审核待办，APPROVED：待发布）',
  })
  versionStatus?: ItemVersionStatus;
}

@InputType({ description: '新建抽查事项（草稿，版本 1）' })
export class CreateItemInput {
  @Field(() => String, { nullable: true, description: '事项编码，留空则自动生成' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, { message: '事项编码只能含字母、数字、点、横线和下划线，最长 40 位' })
  code?: string | null;
  @Field(() => ItemContentInput, { description: '内容' }) @ValidateNested() content!: ItemContentInput;
}
@InputType({ description: '修改草稿或退回的版本' })
export class UpdateItemDraftInput {
  @Field(() => ID, { description: '版本编号' }) versionId!: string;
  @Field(() => Int, { description: '读取时的并发版本号' }) version!: number;
  @Field(() => ItemContentInput, { description: '新内容' }) @ValidateNested() content!: ItemContentInput;
}
@InputType({ description: '对一个版本执行流转操作' })
export class ItemVersionActionInput {
  @Field(() => ID, { description: '版本编号' }) versionId!: string;
  @Field(() => Int, { description: '读取时的并发版本号' }) version!: number;
}
@InputType({ description: '法制审核' })
export class ReviewItemInput {
  @Field(() => ID, { description: '版本编号' }) versionId!: string;
  @Field(() => Int, { description: '读取时的并发版本号' }) version!: number;
  @Field(() => ReviewDecisionEnum, { description: '结论' }) decision!: ReviewDecision;
  @Field(() => String, { nullable: true, description: '审核意见（退回时必填）' })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}
@InputType({ description: '修订已发布的事项：新建下一版本草稿，须重新经法制审核' })
export class ReviseItemInput {
  @Field(() => ID, { description: '事项编号' }) itemId!: string;
  @Field(() => ItemContentInput, { description: '新版本内容' }) @ValidateNested() content!: ItemContentInput;
}
@InputType({ description: '停用已发布的事项' })
export class RetireItemInput {
  @Field(() => ID, { description: '事项编号' }) itemId!: string;
  @Field({ description: '停用原因' }) @Length(1, 500) reason!: string;
}

@ObjectType({ description: '事项变更结果' })
export class ItemPayload {
  @Field(() => ItemType, { description: '事项' }) item!: ItemType;
  @Field(() => ItemVersionType, { description: '本次涉及的版本' }) itemVersion!: ItemVersionType;
}

@ObjectType('BusinessCategory', { description: '行业类别' })
export class BusinessCategoryType {
  @Field({ description: '代码' }) code!: string;
  @Field({ description: '名称' }) name!: string;
}
