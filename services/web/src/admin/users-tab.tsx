import { App, Button, Space, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import { ROLE_LABELS, type Role } from '@dsr/domain/roles';
import type { AdminUserFieldsFragment } from '../gql/graphql';
import { FilterSelect, ListPage, optionsOf } from '../common/list-page';
import { useUrlFilters } from '../common/url-filters';
import { useMyBureau } from '../common/my-bureau';
import { useViewer } from '../common/viewer';
import { UpdateUserDocument, UsersDocument } from './documents';
import { CreateUserButton, EditUserButton, ResetPasswordButton } from './user-forms';
import { ActiveTag, ACTIVE_OPTIONS } from './active-tag';
import { useAction } from './use-action';

type User = AdminUserFieldsFragment;

/** 停用/启用, confirmed: disabling ends the user's sessions at once. */
function ToggleActiveButton({ user, done }: { user: User; done: () => void }) {
  const { modal } = App.useApp();
  const [, update] = useMutation(UpdateUserDocument);
  const run = useAction();
  const disabling = user.active;
  const label = disabling ? '停用' : '启用';
  const open = () =>
    modal.confirm({
      title: `${label}用户 ${user.displayName}？`,
      content: disabling
        ? '停用后该用户不能登录，已登录的会话立即失效；可以再启用。'
        : '启用后该用户可以用原密码登录。',
      okText: label,
      cancelText: '取消',
      onOk: async () => {
        const input = { id: user.id, version: user.version, active: !disabling };
        if (await run(() => update({ input }), `已${label} ${user.displayName}`)) done();
      },
    });
  return (
    <Button
      size="small"
      onClick={() => {
        open();
      }}
    >
      {label}
    </Button>
  );
}

function columns(selfId: string, done: () => void) {
  return [
    { title: '姓名', dataIndex: 'displayName' },
    { title: '登录名', dataIndex: 'username' },
    { title: '部门', key: 'department', render: (_: unknown, u: User) => u.department.name },
    {
      title: '角色',
      key: 'roles',
      render: (_: unknown, u: User) => (
        <Space size={4} wrap>
          {u.roles.map((r) => (
            <Tag key={r}>{ROLE_LABELS[r]}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'active',
      render: (_: unknown, u: User) => <ActiveTag active={u.active} />,
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, u: User) => (
        <Space size={4}>
          <EditUserButton user={u} done={done} />
          <ResetPasswordButton user={u} />
          {u.id !== selfId && <ToggleActiveButton user={u} done={done} />}
        </Space>
      ),
    },
  ];
}

/** 用户: the bureau's users with department, role and status filters in the URL. */
export function UsersTab() {
  const viewer = useViewer();
  const { bureau } = useMyBureau();
  const { values, after, setFilter, setAfter } = useUrlFilters(['department', 'role', 'active'] as const);
  const filter = {
    bureauId: bureau?.id,
    departmentId: values.department,
    role: values.role as Role | undefined,
    active: values.active ? values.active === 'true' : undefined,
  };
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: UsersDocument,
    variables: { filter, after },
    pause: !bureau,
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const filters = (
    <>
      <FilterSelect
        label="部门"
        width={180}
        value={values.department}
        options={(bureau?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
        onChange={(v) => setFilter('department', v)}
      />
      <FilterSelect
        label="角色"
        width={170}
        value={values.role}
        options={optionsOf(ROLE_LABELS)}
        onChange={(v) => setFilter('role', v)}
      />
      <FilterSelect
        label="状态"
        width={120}
        value={values.active}
        options={ACTIVE_OPTIONS}
        onChange={(v) => setFilter('active', v)}
      />
    </>
  );
  return (
    <ListPage
      title="用户"
      actions={<CreateUserButton done={refresh} />}
      filters={filters}
      query={{ data, error, fetching, retry: refresh }}
      connection={(d) => d.users}
      columns={columns(viewer.id, refresh)}
      unit="个用户"
      emptyText="没有符合条件的用户：点“新建用户”为本单位添加账号"
      paging={{ after, setAfter }}
    />
  );
}
