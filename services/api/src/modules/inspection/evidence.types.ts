import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { EvidenceKind } from '@dsr/domain';
import { EvidenceKindEnum } from './inspection-enums';

@ObjectType('Evidence', {
  description: '证据（R36）：随检查上传的照片、录音录像、文件或签字盖章图片，按内容的 SHA-256 存储，不可修改或删除',
})
export class EvidenceType {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field(() => ID, { description: '检查' }) inspectionId!: string;
  @Field(() => EvidenceKindEnum, { description: '种类' }) kind!: EvidenceKind;
  @Field({ description: '文件类型（按文件内容识别，如 image/jpeg）' }) mime!: string;
  @Field(() => Float, { description: '大小（字节）' }) sizeBytes!: number;
  @Field({ description: '内容的 SHA-256（十六进制小写，与审计记录中的一致）' }) sha256!: string;
  @Field(() => String, { nullable: true, description: '上传时的原文件名' }) fileName!: string | null;
  @Field({ description: '上传时间' }) uploadedAt!: Date;
  @Field(() => ID, { description: '上传人（用户）' }) uploadedBy!: string;
  @Field({ description: '引用：evidence:<编号>（现场检查记录的 signatureRef 用）' }) ref!: string;
  @Field({ description: '下载地址（相对路径，GET；短时签名链接，浏览器直接打开，几分钟后或注销后失效；支持 Range）' })
  url!: string;
}
