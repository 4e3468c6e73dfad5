import type { CSSProperties } from 'react';
import { Card, Col, QRCode, Row, Typography } from 'antd';

/** Large monospace type for digests read out at a public draw session (WEB.md "The draw room"). */
const DIGEST_STYLE: CSSProperties = {
  fontFamily: "'DejaVu Sans Mono', Consolas, monospace",
  fontSize: 28,
  lineHeight: 1.4,
  wordSpacing: '0.3em',
  fontWeight: 600,
  color: '#0b2e66',
  overflowWrap: 'anywhere',
};

/** 64 hex digits in sixteen groups of four, to be read out group by group at a public draw session. */
export function grouped(hex: string): string {
  return hex.match(/.{1,4}/g)?.join(' ') ?? hex;
}

function Digest({ label, value }: { label: string; value: string }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary" style={{ fontSize: 16 }}>
        {label}
      </Typography.Text>
      <div style={DIGEST_STYLE} aria-label={`${label} ${value}`}>
        {grouped(value)}
      </div>
    </div>
  );
}

/**
 * DRAW.md §1 "Commit": the pool digest and the commitment, published before the draw, in type large
 * enough to read out, and as a QR code a witness scans to keep them.
 */
export function DigestCard(props: { drawId: string; algorithm: string; poolDigest: string; commitment: string }) {
  const { drawId, algorithm, poolDigest, commitment } = props;
  const qr = JSON.stringify({ algorithm, drawId, poolDigest, commitment });
  return (
    <Card title="承诺（抽取前公开）" style={{ marginBottom: 24 }}>
      <Row gutter={24} align="middle">
        <Col flex="auto">
          <Digest label="快照摘要 poolDigest" value={poolDigest} />
          <Digest label="承诺值 commitment = SHA-256(随机数)" value={commitment} />
          <Typography.Text type="secondary">算法 {algorithm}；抽取后公开随机数，任何人可据此复核。</Typography.Text>
        </Col>
        <Col flex="none">
          <QRCode value={qr} size={220} errorLevel="M" bordered={false} aria-label="快照摘要与承诺值的二维码" />
          <div style={{ textAlign: 'center' }}>
            <Typography.Text type="secondary">扫码留存摘要与承诺值</Typography.Text>
          </div>
        </Col>
      </Row>
    </Card>
  );
}
