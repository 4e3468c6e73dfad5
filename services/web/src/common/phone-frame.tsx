import type { ReactNode } from 'react';
import { Button, Drawer, Dropdown } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';

/**
 * The phone's parts of the signed-in frame (common/app-layout.tsx), a chunk of their own so that a
 * desktop's first page does not carry them (the first page's JavaScript budget).
 */

/** The user's name and actions behind one icon in the phone's header. */
export function AccountMenu(props: { who: string; onChangePassword: () => void; onLogout: () => void }) {
  const items = [
    { key: 'who', label: props.who, disabled: true },
    { type: 'divider' as const },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码', onClick: props.onChangePassword },
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', onClick: props.onLogout },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" icon={<UserOutlined />} aria-label="账户" style={{ color: '#fff' }} />
    </Dropdown>
  );
}

/** The menu of the viewer's roles, sliding in from the left. */
export function MenuDrawer(props: { title: string; open: boolean; onClose: () => void; children: ReactNode }) {
  return (
    <Drawer
      title={props.title}
      placement="left"
      size={260}
      open={props.open}
      onClose={props.onClose}
      styles={{ body: { padding: 0 } }}
    >
      {props.children}
    </Drawer>
  );
}
