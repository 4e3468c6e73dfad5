import { Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { NotFoundView } from '../common/not-found';
import { holdsAny, useViewer } from '../common/viewer';
import { UsersTab } from './users-tab';
import { DepartmentsTab } from './departments-tab';
import { SettingsTab } from './settings-tab';
import { HolidaysTab } from './holidays-tab';

/** The tabs of 管理, each at its own address (/admin/users …) so a link opens it. */
const TABS = [
  { key: 'users', label: '用户', Page: UsersTab },
  { key: 'departments', label: '部门', Page: DepartmentsTab },
  { key: 'settings', label: '单位设置', Page: SettingsTab },
  { key: 'holidays', label: '节假日安排', Page: HolidaysTab },
];

/** 管理: the bureau administrator's users, departments, settings and the holiday schedule. */
export default function AdminPage() {
  const viewer = useViewer();
  const { tab = 'users' } = useParams();
  const navigate = useNavigate();
  const current = TABS.find((t) => t.key === tab);
  // The bureau administrator's area (ORG_PERMISSIONS); anyone else typing the address sees the shared view.
  if (!current || !holdsAny(viewer, ['ADMIN'])) return <NotFoundView />;
  return (
    <>
      <Typography.Title level={2}>管理</Typography.Title>
      <Tabs
        activeKey={current.key}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
      />
      <current.Page />
    </>
  );
}
