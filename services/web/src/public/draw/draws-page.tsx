import { Alert, Button, Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ChooseBureau } from '../choose-bureau';
import { BureauDateForm, useBureauDates } from './bureau-date-form';
import { PublicByBureauDocument } from './documents';
import { chinaTime, parsed, type CommitmentDocument } from './draw-document';

const PAGE = 20;

/** A bureau's draws in a date range (their commitments, published as each draw was committed). */
export default function PublicDrawsPage() {
  const [look, setLook] = useBureauDates();
  const filter = { bureauCode: look.bureau, kind: 'DRAW_COMMITMENT' as const, from: look.from, to: look.to };
  const [{ data, error, fetching }] = useQuery({
    query: PublicByBureauDocument,
    variables: { filter, page: { limit: PAGE, offset: look.offset } },
    pause: !look.bureau,
  });
  const items = data?.publications.items ?? [];
  return (
    <Card title={<h1 className="public-page-title">抽取公示</h1>}>
      <Typography.Paragraph>
        每次抽取前公示承诺（快照摘要与承诺值），抽取后公示结果与完整记录，任何人可下载记录并在本机验证。
      </Typography.Paragraph>
      {/* Keyed by the bureau: one chosen from the list below (or the only one) shows in the form too. */}
      <BureauDateForm key={look.bureau} value={look} onSearch={setLook} />
      {!look.bureau && <ChooseBureau what="抽取公示" choose={(bureau, replace) => setLook({ bureau }, replace)} />}
      {error && <Alert type="error" showIcon title={error.graphQLErrors[0]?.message ?? '查询失败，请稍后再试'} />}
      {data && (
        <List
          loading={fetching}
          dataSource={items}
          locale={{ emptyText: '该期间没有已公示的抽取' }}
          renderItem={(p) => {
            const c = (parsed(p.document) as CommitmentDocument | null)?.commitment;
            if (!c) return null;
            return (
              <List.Item>
                <List.Item.Meta
                  title={<Link to={`/gs/draws/${c.drawId}`}>{`${c.task.name} · 第 ${c.round.roundNo} 轮抽取`}</Link>}
                  description={
                    <Typography.Text type="secondary">
                      {`${p.bureau.name} · ${c.plan.year} 年 ${c.plan.title} · 承诺于 ${chinaTime(c.committedAt)}`}
                    </Typography.Text>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      {data?.publications.hasMore && (
        <Button onClick={() => setLook({ ...look, offset: look.offset + PAGE })}>下一页</Button>
      )}
    </Card>
  );
}
