import { useEffect } from 'react';
import { Alert, Button, Empty, List, Spin } from 'antd';
import { useQuery } from 'urql';
import { PublicBureausQuery } from './documents';

/**
 * Before a bureau is chosen: the bureaus that have published anything, each one tap away, under a prompt that
 * says why (publications are looked up per bureau; the portal gives no list of everything at once). With a
 * single publishing bureau there is nothing to choose: it is chosen at once.
 */
export function ChooseBureau(props: { what: string; choose: (code: string, replace?: boolean) => void }) {
  const { what, choose } = props;
  const [{ data, fetching }] = useQuery({ query: PublicBureausQuery });
  const bureaus = data?.publicBureaus ?? [];
  const only = bureaus.length === 1 ? bureaus[0]?.code : undefined;
  useEffect(() => {
    // In place of the address without a bureau: Back then leaves the page instead of landing here to be sent on again.
    if (only) choose(only, true);
    // `choose` is a new function each render; the single bureau is what matters.
  }, [only]);
  if (fetching && !data) return <Spin className="public-spin" />;
  if (!bureaus.length) return <Empty className="public-results" description="暂无机关发布公示" />;
  return (
    <div className="public-results public-choose-bureau">
      <Alert type="info" showIcon title={`${what}按公示机关公布：请点选一个机关查看，或在上方选择机关与日期后查询`} />
      <List
        dataSource={bureaus}
        renderItem={(b) => (
          <List.Item>
            <Button type="link" onClick={() => choose(b.code)}>
              {`查看${b.name}的${what}`}
            </Button>
          </List.Item>
        )}
      />
    </div>
  );
}
