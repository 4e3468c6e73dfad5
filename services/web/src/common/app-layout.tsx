import { lazy, Suspense, useState } from 'react';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_LABELS } from '@dsr/domain/roles';
import { ErrorBanner } from './query-state';
import { usePhone } from './phone';
import { menuItems, selectedArea } from './menu';
import { useLogout } from './logout';
import { ViewerContext, ViewerDocument, type ViewerUser } from './viewer';

const { Header, Sider, Content } = Layout;
const TITLE = '双随机、一公开监管工作平台';
/** The password form is fetched only when opened (the first page's JavaScript budget). */
const ChangePasswordModal = lazy(() => import('../admin/change-password'));
const AccountMenu = lazy(() => import('./phone-frame').then((m) => ({ default: m.AccountMenu })));
const MenuDrawer = lazy(() => import('./phone-frame').then((m) => ({ default: m.MenuDrawer })));

/** The user's name, roles and actions: buttons on a desktop, a dropdown behind one icon on a phone. */
function UserBox({ viewer, compact }: { viewer: ViewerUser; compact: boolean }) {
  const logout = useLogout();
  const [changing, setChanging] = useState(false);
  const roles = viewer.roles.map((r) => ROLE_LABELS[r]).join('、');
  const modal = changing && (
    <Suspense fallback={null}>
      <ChangePasswordModal onClose={() => setChanging(false)} />
    </Suspense>
  );
  if (compact) {
    return (
      <Suspense fallback={null}>
        <AccountMenu
          who={`${viewer.displayName}（${roles}）`}
          onChangePassword={() => setChanging(true)}
          onLogout={() => void logout()}
        />
        {modal}
      </Suspense>
    );
  }
  return (
    <Space size="middle">
      <Typography.Text style={{ color: '#fff' }}>
        {viewer.bureau.name} · {viewer.displayName}（{roles}）
      </Typography.Text>
      <Button icon={<KeyOutlined />} onClick={() => setChanging(true)}>
        修改密码
      </Button>
      {modal}
      <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
        退出登录
      </Button>
    </Space>
  );
}

/** The menu of the viewer's roles; following an entry also closes the phone's drawer. */
function AreaMenu({ viewer, onFollow }: { viewer: ViewerUser; onFollow: () => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu
      mode="inline"
      selectedKeys={[selectedArea(pathname)]}
      items={menuItems(viewer)}
      onClick={({ key }) => {
        onFollow();
        void navigate(key);
      }}
    />
  );
}

/** The header: the platform's title and the user on a desktop; menu button, bureau and user menu on a phone. */
function AppHeader({ viewer, phone, openMenu }: { viewer: ViewerUser; phone: boolean; openMenu: () => void }) {
  return (
    <Header
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 8,
        ...(phone && { padding: '0 12px' }),
      }}
    >
      {phone && (
        <Button type="text" icon={<MenuOutlined />} aria-label="菜单" onClick={openMenu} style={{ color: '#fff' }} />
      )}
      <Typography.Title level={4} ellipsis={phone} style={{ color: '#fff', margin: 0, flex: phone ? 1 : undefined }}>
        {phone ? viewer.bureau.name : TITLE}
      </Typography.Title>
      <UserBox viewer={viewer} compact={phone} />
    </Header>
  );
}

/**
 * The signed-in frame: header with the user, the menu of their roles, the page. Below antd's `md`
 * (a phone on site) the menu moves into a drawer behind a button and the header keeps the essentials,
 * so no page scrolls sideways at 390 px.
 */
export function AppLayout() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ViewerDocument });
  const phone = usePhone();
  const [menuOpen, setMenuOpen] = useState(false);
  const viewer = data?.me.user;
  if (!viewer) {
    // UNAUTHENTICATED sends the browser to the sign-in page (common/client.ts); anything else shows here.
    if (error && !fetching) return <ErrorBanner error={error} retry={() => reexecute()} />;
    return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  }
  const menu = <AreaMenu viewer={viewer} onFollow={() => setMenuOpen(false)} />;
  return (
    <ViewerContext.Provider value={viewer}>
      <Layout style={{ minHeight: '100vh' }}>
        <AppHeader viewer={viewer} phone={phone} openMenu={() => setMenuOpen(true)} />
        <Layout>
          {phone ? (
            <Suspense fallback={null}>
              <MenuDrawer title={TITLE} open={menuOpen} onClose={() => setMenuOpen(false)}>
                {menu}
              </MenuDrawer>
            </Suspense>
          ) : (
            <Sider width={200} theme="light">
              {menu}
            </Sider>
          )}
          <Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
    </ViewerContext.Provider>
  );
}
