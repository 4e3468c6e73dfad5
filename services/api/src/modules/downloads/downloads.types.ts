import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Length } from 'class-validator';
import type { Job } from '@dsr/db';
import { JobType } from '../jobs/jobs.types';

@ObjectType('SignedUrl', {
  description: '短时有效的下载链接：浏览器直接打开即可（无需令牌），绑定当前用户、会话和路径，几分钟后或注销后失效',
})
export class SignedUrlType {
  @Field({ description: '相对地址（GET），含签名参数 dl_uid、dl_sid、dl_exp、dl_sig' }) url!: string;
  @Field({ description: '失效时间' }) expiresAt!: Date;
}

export enum ExportKindEnum {
  TARGETS = 'TARGETS',
  ITEMS = 'ITEMS',
  RETENTION = 'RETENTION',
  TARGET_TEMPLATE = 'TARGET_TEMPLATE',
  INSPECTOR_TEMPLATE = 'INSPECTOR_TEMPLATE',
  ITEM_TEMPLATE = 'ITEM_TEMPLATE',
}
registerEnumType(ExportKindEnum, {
  name: 'ExportKind',
  description: '可下载的表格',
  valuesConfig: {
    TARGETS: { description: '检查对象名录库导出（按筛选条件）' },
    ITEMS: { description: '随机抽查事项清单导出' },
    RETENTION: { description: '检查档案保存期限清单（R42）' },
    TARGET_TEMPLATE: { description: '检查对象导入模板' },
    INSPECTOR_TEMPLATE: { description: '执法检查人员导入模板' },
    ITEM_TEMPLATE: { description: '抽查事项导入模板' },
  },
});

/** Where each kind is served (uploads.ts). */
export const EXPORT_PATHS: Record<ExportKindEnum, string> = {
  TARGETS: '/export/targets.xlsx',
  ITEMS: '/export/items.xlsx',
  RETENTION: '/export/retention.xlsx',
  TARGET_TEMPLATE: '/templates/targets.xlsx',
  INSPECTOR_TEMPLATE: '/templates/inspectors.xlsx',
  ITEM_TEMPLATE: '/templates/items.xlsx',
};

/**
 * The keys of GET /export/targets.xlsx (target-export.ts FILTER_CHECKS checks each value there, for the
 * route, a link and a job alike: a value it cannot apply is BAD_USER_INPUT, nothing started). Strings
 * rather than the list's enums, so that a wrong one gets that Chinese message naming the filter.
 */
@InputType('ExportFilterInput', { description: '导出的筛选条件（与检查对象列表的相同，仅 TARGETS 使用）' })
export class ExportFilterInput {
  @Field(() => String, { nullable: true, description: '名称包含' }) @Length(0, 200) nameContains?: string;
  @Field(() => String, { nullable: true, description: '状态' }) @Length(0, 40) status?: string;
  @Field(() => String, { nullable: true, description: '行业类别' }) @Length(0, 40) businessCategory?: string;
  @Field(() => String, { nullable: true, description: '行政区划代码' }) @Length(0, 12) regionCode?: string;
  @Field(() => String, { nullable: true, description: '等级（分级管理的行业）' }) @Length(0, 20) grade?: string;
  @Field(() => String, { nullable: true, description: '统一社会信用代码或身份证件号码' }) @Length(0, 40) code?: string;
  @Field(() => String, { nullable: true, description: '管理部门（部门编号）' }) @Length(0, 40) departmentId?: string;
  @Field(() => String, {
    nullable: true,
    description: '今日的风险等级（LOW、NORMAL、ELEVATED、HIGH，与检查对象列表的 riskLevel 相同，R10）',
  })
  @Length(0, 20)
  riskLevel?: string;
}

@ObjectType('JobDownload', {
  description: '后台任务产生的文件（导出的表格、导入失败时的错误表）：短时签名链接，浏览器直接打开即可',
})
export class JobDownloadType {
  @Field({ description: '相对地址（GET），含签名参数；几分钟后失效，失效后再读取本字段即可' }) url!: string;
  @Field({ description: '链接失效时间' }) expiresAt!: Date;
  @Field({ description: '文件名' }) filename!: string;
  @Field(() => Int, { description: '文件大小（字节）' }) size!: number;
  @Field({ description: '文件保留至（之后或本人再次执行同类任务后删除）' }) availableUntil!: Date;
}

@ObjectType('ExportStart', {
  description: '开始导出：行数不多时直接给下载链接（url），超过后台导出阈值（或要求后台导出）时给后台任务（job）',
})
export class ExportStartType {
  @Field(() => Int, {
    nullable: true,
    description: '表格的数据行数（TARGETS、RETENTION；检查对象超过阈值时只数到阈值加一，任务的 total 为准）',
  })
  rows!: number | null;
  @Field(() => JobType, { nullable: true, description: '后台导出任务：完成后从 job.download 下载' }) job!: Job | null;
  @Field(() => SignedUrlType, { nullable: true, description: '直接下载的短时签名链接（不走后台任务时）' })
  url!: SignedUrlType | null;
}
