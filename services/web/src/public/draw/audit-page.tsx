import { Alert, Button, Card, Descriptions, List, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { AppealButton } from '../publication-card';
import { BureauDateForm, useBureauDates } from './bureau-date-form';
import { PublicByBureauDocument } from './documents';
import { chinaTime, parsed } from './draw-document';

const PAGE = 20;
const KIND: Record<string, string> = { HEAD: '定时', PUBLICATION: '公示时', VERIFIED: '校验完整后' };
const MONO = { fontFamily: "'DejaVu Sans Mono', Consolas, monospace", overflowWrap: 'anywhere' as const };

interface CheckpointDocument {
  checkpoint: {
    tenantId: string;
    seq: number;
    hash: string;
    signedAt: string;
    kind: string;
    keyId: string;
    signature: string;
  };
  signedMessage: string;
  publicKey: { keyId: string; algorithm: string; publicKey: string };
}

/** One published checkpoint: when, which entry of the chain and its hash, the signature and what was signed. */
function CheckpointItem({ doc }: { doc: CheckpointDocument }) {
  return (
    <Descriptions size="small" column={1} style={{ width: '100%' }}>
      <Descriptions.Item label="签名时间">
        {chinaTime(doc.checkpoint.signedAt)} <Tag>{KIND[doc.checkpoint.kind] ?? doc.checkpoint.kind}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label="审计链序号">{doc.checkpoint.seq}</Descriptions.Item>
      <Descriptions.Item label="该条记录的哈希">
        <span style={MONO}>{doc.checkpoint.hash}</span>
      </Descriptions.Item>
      <Descriptions.Item label="签名">
        <span style={MONO}>{doc.checkpoint.signature}</span>
      </Descriptions.Item>
      <Descriptions.Item label="被签名的内容">
        <span style={MONO}>{doc.signedMessage}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * The audit checkpoints a bureau published (R33): each signed head of its audit chain with the signature
 * and the public key, so anyone can hold the bureau to its chain (a later chain must extend every one).
 */
export default function PublicAuditPage() {
  const [look, setLook] = useBureauDates();
  const filter = { bureauCode: look.bureau, kind: 'AUDIT_CHECKPOINT' as const, from: look.from, to: look.to };
  const [{ data, error, fetching }] = useQuery({
    query: PublicByBureauDocument,
    variables: { filter, page: { limit: PAGE, offset: look.offset } },
    pause: !look.bureau,
  });
  const docs = (data?.publications.items ?? []).map((p) => ({
    id: p.id,
    doc: parsed(p.document) as CheckpointDocument | null,
  }));
  const key = docs.find((d) => d.doc)?.doc?.publicKey;
  return (
    <Card title={<h1 className="public-page-title">审计检查点</h1>}>
      <Typography.Paragraph>
        平台的每项操作都记入不可篡改的审计链；检查点是对审计链当前位置（序号与哈希）的 Ed25519 签名，逐一公示。
        以后的审计链必须延续每一个已公示的检查点，否则说明记录被删改。检查点由市级机关（审计链所属单位）公示。
      </Typography.Paragraph>
      <BureauDateForm value={look} onSearch={setLook} />
      {error && <Alert type="error" showIcon title={error.graphQLErrors[0]?.message ?? '查询失败，请稍后再试'} />}
      {key && (
        <Descriptions bordered size="small" column={1} title="验证用公钥" style={{ marginBottom: 16 }}>
          <Descriptions.Item label="密钥编号">{key.keyId}</Descriptions.Item>
          <Descriptions.Item label={`公钥（${key.algorithm}，Base64）`}>
            <span style={MONO}>{key.publicKey}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      {data && (
        <List
          loading={fetching}
          dataSource={docs}
          locale={{ emptyText: '该期间没有已公示的检查点' }}
          renderItem={({ id, doc }) =>
            doc && (
              <List.Item key={id} extra={<AppealButton id={id} />}>
                <CheckpointItem doc={doc} />
              </List.Item>
            )
          }
        />
      )}
      {data?.publications.hasMore && (
        <Button onClick={() => setLook({ ...look, offset: look.offset + PAGE })}>下一页</Button>
      )}
    </Card>
  );
}
