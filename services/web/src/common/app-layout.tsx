import { lazy, Suspense, useState } from 'react';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_LABELS } from '@dsr/domain/roles';
import { ErrorBanner } from './query-state';
import { menuItems, selectedArea } from './menu';
import { useLogout } from './logout';
import { ViewerContext, ViewerDocument, type ViewerUser } from './viewer';

const { Header, Sider, Content } = Layout;
/** The password form is fetched only when opened (the first page's JavaScript budget). */
const ChangePasswordModal = lazy(() => import('../admin/change-password'));

function UserBox({ viewer }: { viewer: ViewerUser }) {
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  const roles = viewer.roles.map((r) => ROLE_LABELS[r]).join('、');
  return (
    <Space size="middle">
      <Typography.Text style={{ color: '#fff' }}>
        {viewer.bureau.name} · {viewer.displayName}（{roles}）
      </Typography.Text>
      <Button icon={<KeyOutlined />} onClick={() => setChanging(true)}>
        修改密码
      </Button>
      {changing && (
        <Suspense fallback={null}>
          <ChangePasswordModal onClose={() => setChanging(false)} />
        </Suspense>
      )}
      <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
        退出登录
      </Button>
    </Space>
  );
}

/** The signed-in frame: header with the user, the menu of their roles, the page. */
export function AppLayout() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ViewerDocument });
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const viewer = data?.me.user;
  if (!viewer) {
    // UNAUTHENTICATED sends the browser to the sign-in page (common/client.ts); anything else shows here.
    if (error && !fetching) return <ErrorBanner error={error} retry={() => reexecute()} />;
    return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  }
  return (
    <ViewerContext.Provider value={viewer}>
      <Layout style={{ minHeight: '100vh' }}>
        <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            双随机、一公开监管工作平台
          </Typography.Title>
          <UserBox viewer={viewer} />
        </Header>
        <Layout>
          <Sider width={200} theme="light">
            <Menu
              mode="inline"
              selectedKeys={[selectedArea(pathname)]}
              items={menuItems(viewer)}
              onClick={({ key }) => void navigate(key)}
            />
          </Sider>
          <Content style={{ padding: 24 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </ViewerContext.Provider>
  );
}
