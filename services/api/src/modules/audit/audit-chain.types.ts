import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '审计链断点或检查点不符之处' })
export class AuditChainBreak {
  @Field(() => ID, { description: '租户编号' }) tenantId!: string;
  @Field(() => Int, { description: '断开处（或检查点）的序号' }) seq!: number;
  @Field({
    description:
      '原因：SEQUENCE_GAP 序号缺失，PREVIOUS_HASH_MISMATCH 前哈希不符，HASH_MISMATCH 内容被改，' +
      'TRUNCATED_BEFORE_CHECKPOINT 链比已签名的检查点短（末尾被删），CHECKPOINT_HASH_MISMATCH 检查点处的哈希已变（被删后重用序号或整段重算），' +
      'CHECKPOINT_SIGNATURE_INVALID 检查点签名无效（伪造或被改）',
  })
  reason!: string;
  @Field(() => String, { nullable: true, description: '应为' }) expected!: string | null;
  @Field(() => String, { nullable: true, description: '实为' }) actual!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '发现于：CHAIN 逐条校验，TABLE 数据库中的检查点，FILE 数据库外的检查点文件',
  })
  source!: string | null;
}

@ObjectType({ description: '审计链检查点：服务以 Ed25519 私钥对链头（租户、序号、哈希、时间、类别）的签名' })
export class AuditCheckpointType {
  @Field(() => ID, { description: '租户编号' }) tenantId!: string;
  @Field(() => Int, { description: '链头序号' }) seq!: number;
  @Field({ description: '链头哈希' }) hash!: string;
  @Field({ description: '签名时间（ISO 8601，UTC）' }) signedAt!: string;
  @Field({ description: '类别：HEAD 定时，PUBLICATION 公开时，VERIFIED 校验完好至此' }) kind!: string;
  @Field({ description: '签名密钥编号（公钥 SHA-256 的前 16 位十六进制）' }) keyId!: string;
  @Field({
    description: '签名（base64），签的是规范 JSON {"format":"dsr-audit-checkpoint/1",hash,kind,seq,signedAt,tenantId}',
  })
  signature!: string;
}

@ObjectType({ description: '一条租户审计链的校验结果' })
export class AuditChainStatus {
  @Field(() => ID, { description: '租户（市级或省级机关）编号' }) tenantId!: string;
  @Field({ description: '租户名称' }) tenantName!: string;
  @Field({ description: '完好：逐条无断点，且延续最新的有效检查点' }) ok!: boolean;
  @Field(() => Int, { description: '本次逐条校验的记录数（增量校验时只含上次校验之后的）' }) entries!: number;
  @Field(() => Int, { description: '本次从此序号之后开始校验（0 为从头）' }) verifiedFrom!: number;
  @Field(() => Int, { description: '校验到的最后一条完好记录的序号' }) headSeq!: number;
  @Field(() => AuditChainBreak, { nullable: true, description: '第一个问题' }) firstBreak!: AuditChainBreak | null;
  @Field(() => [AuditChainBreak], { description: '全部问题（按序号）' }) breaks!: AuditChainBreak[];
  @Field(() => AuditCheckpointType, { nullable: true, description: '最新的有效检查点' })
  checkpoint!: AuditCheckpointType | null;
}

@ObjectType({ description: '审计检查点的签名公钥：任何人都可用它核对检查点签名' })
export class AuditSigningKey {
  @Field({ description: '密钥编号' }) keyId!: string;
  @Field({ description: '算法' }) algorithm!: string;
  @Field({ description: '公钥（32 字节原始公钥的 base64）' }) publicKey!: string;
  @Field({ description: '公钥（SPKI PEM）' }) publicKeyPem!: string;
}

@ObjectType({ description: '审计链校验结果' })
export class AuditChainReport {
  @Field({ description: '全部完好' }) ok!: boolean;
  @Field(() => Int, { description: '校验的租户数' }) tenants!: number;
  @Field(() => Int, { description: '本次逐条校验的记录数' }) entries!: number;
  @Field(() => AuditChainBreak, { nullable: true, description: '第一条断开的链的第一个问题' })
  firstBreak!: AuditChainBreak | null;
  @Field(() => [AuditChainStatus], {
    description: '每条链的结果（调用者范围内的全部租户，断开的链不影响其他链的校验）',
  })
  chains!: AuditChainStatus[];
  @Field(() => AuditSigningKey, { description: '检查点签名公钥' }) signingKey!: AuditSigningKey;
}
