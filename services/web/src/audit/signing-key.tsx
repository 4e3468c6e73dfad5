import { Card, Collapse, Descriptions, Typography } from 'antd';
import { useQuery } from 'urql';
import { AuditSigningKeyDocument } from './documents';

/** The public key the checkpoints are signed with: anyone may check a checkpoint's signature with it. */
export function SigningKeyCard() {
  const [{ data }] = useQuery({ query: AuditSigningKeyDocument });
  const key = data?.auditSigningKey;
  if (!key) return null;
  return (
    <Card size="small" title="检查点签名公钥" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="算法">{key.algorithm}</Descriptions.Item>
        <Descriptions.Item label="密钥编号">
          <Typography.Text code copyable>
            {key.keyId}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="公钥（base64）" span={2}>
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
            {key.publicKey}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'pem',
            label: '公钥（PEM 格式，供离线核对检查点签名）',
            children: (
              <Typography.Paragraph copyable={{ text: key.publicKeyPem }}>
                <pre style={{ margin: 0 }}>{key.publicKeyPem}</pre>
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
