import { Layout, Typography } from 'antd';
import { Link, NavLink, Outlet } from 'react-router';
import { Provider as GraphqlProvider } from 'urql';
import { publicClient } from './client';
import './public.css';

/** The portal's sections (one line each). */
const NAV = [
  { to: '/gs', label: '查询', end: true },
  { to: '/gs/items', label: '抽查事项' },
  { to: '/gs/inspectors', label: '检查人员' },
  { to: '/gs/plans', label: '抽查计划' },
  { to: '/gs/draws', label: '抽取公示' },
  { to: '/gs/audit', label: '审计检查点' },
];

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
        </Layout.Header>
        <nav className="public-portal-nav" aria-label="公示栏目">
          {NAV.map((n) => (
            <NavLink key={n.to} to={n.to} end={n.end}>
              {n.label}
            </NavLink>
          ))}
        </nav>
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
