import { Layout, Typography } from 'antd';
import { Link, Outlet } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { publicClient } from './client';

/**
 * The anonymous portal's frame (issue 14, "Public pages"): phones first, printable, no sign-in and no
 * workbench menu. Its pages live under /gs (公示): /public/* is the API's rate-limited endpoint.
 */
export default function PublicLayout() {
  return (
    <GraphqlProvider value={publicClient}>
      <Layout className="public-portal">
        <Layout.Header className="public-portal-header">
          <Link to="/gs" className="public-portal-title">
            双随机、一公开 · 公示查询
          </Link>
          <nav className="public-portal-nav" aria-label="公示栏目">
            <Link to="/gs/draws">抽取公示</Link>
            <Link to="/gs/audit">审计检查点</Link>
          </nav>
        </Layout.Header>
        <Layout.Content className="public-portal-content">
          <Outlet />
        </Layout.Content>
        <Layout.Footer className="public-portal-footer">
          <Typography.Text type="secondary">
            本站只提供已公示的文书；个人信息已按规定脱敏。对公示内容有异议的，可在该条公示上提出。
          </Typography.Text>
        </Layout.Footer>
      </Layout>
    </GraphqlProvider>
  );
}
