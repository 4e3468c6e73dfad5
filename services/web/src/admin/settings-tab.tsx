import { Alert, Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { ROLE_LABELS } from '@dsr/domain/roles';
import type { AdminSettingsFieldsFragment, Role } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { BureauSettingsDocument, UpdateBureauSettingsDocument } from './documents';
import { useAction, validValues } from './use-action';
import { YesNo } from './active-tag';

/** The roles a bureau may name as notice issuer (NOTICE_ISSUER_ROLES in packages/domain). */
const ISSUERS: Role[] = ['DEPARTMENT_HEAD', 'LEADER', 'COORDINATOR', 'LEGAL_REVIEWER'];
/** The roles a bureau may name as publication approver (PUBLICATION_APPROVER_ROLES, R48). */
const APPROVERS: Role[] = ['LEADER', 'LEGAL_REVIEWER', 'COORDINATOR', 'DEPARTMENT_HEAD'];

/** The form shows ratios as percentages; the API keeps ten-thousandths. */
type Values = Omit<AdminSettingsFieldsFragment, 'version' | 'minimumRatioBp' | 'jointMinimumRatioBp'> & {
  minimumRatio: number;
  jointMinimumRatio: number;
};

function toForm(s: AdminSettingsFieldsFragment): Values {
  const { version: _, minimumRatioBp, jointMinimumRatioBp, ...rest } = s;
  return { ...rest, minimumRatio: minimumRatioBp / 100, jointMinimumRatio: jointMinimumRatioBp / 100 };
}

/** Field names of the API → of this form (a server message under the right field). */
const FIELD_OF: Record<string, string> = { minimumRatioBp: 'minimumRatio', jointMinimumRatioBp: 'jointMinimumRatio' };

/** R46–R48, R57: who approves publications, the clocks' working days, the target directory, 督察's answer days. */
function PublicationSettingsFields() {
  return (
    <>
      <Form.Item label="公示审核角色" name="publicationApproverRole" extra="R48：编制人不能审核自己编制的公示">
        <Select style={{ width: 200 }} options={APPROVERS.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      </Form.Item>
      <Form.Item
        label="检查结果公示期限（工作日）"
        name="resultPublicationDays"
        extra="检查结束后 1 到 60 个工作日（R47，默认 20）"
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item
        label="行政处罚公示期限（工作日）"
        name="penaltyPublicationDays"
        extra="处罚决定后 1 到 60 个工作日（R47，默认 7）"
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item
        label="公示检查对象名录"
        name="publishTargetDirectory"
        extra="R46：由本单位决定；关闭时撤回现行的名录公示"
      >
        <YesNo yes="公示" no="不公示" />
      </Form.Item>
      <Form.Item
        label="异议、投诉答复期限（工作日）"
        name="appealAnswerDays"
        extra="督察受理后 1 到 60 个工作日内答复（R57，默认 15）"
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
    </>
  );
}

/** The settings, one field each, as the API names them (ratios in percent). */
function SettingsFields() {
  return (
    <>
      <Form.Item
        label="最低抽查比例"
        name="minimumRatio"
        extra="不低于 5%（R3：只能比规定更严）"
        rules={[{ required: true, message: '请填写最低抽查比例' }]}
      >
        <InputNumber min={5} max={100} step={0.5} suffix="%" />
      </Form.Item>
      <Form.Item
        label="联合抽查最低比例"
        name="jointMinimumRatio"
        extra="不低于 3%"
        rules={[{ required: true, message: '请填写联合抽查最低比例' }]}
      >
        <InputNumber min={3} max={100} step={0.5} suffix="%" />
      </Form.Item>
      <Form.Item label="每组最少检查人员数" name="minTeamSize" extra="2 到 20 人（R29）">
        <InputNumber min={2} max={20} precision={0} />
      </Form.Item>
      <Form.Item label="每组最少部门数" name="minTeamDepartments" extra="1 到 10 个">
        <InputNumber min={1} max={10} precision={0} />
      </Form.Item>
      <Form.Item label="检查报告期限（工作日）" name="reportDueWorkingDays" extra="检查结束后 1 到 30 个工作日（R39）">
        <InputNumber min={1} max={30} precision={0} />
      </Form.Item>
      <Form.Item label="文书编号机关代字" name="documentMark" extra="1 到 20 字，如“叶公”；不填则为单位名称首字加“公”">
        <Input maxLength={20} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label="整改通知书签发角色" name="noticeIssuerRole">
        <Select style={{ width: 200 }} options={ISSUERS.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      </Form.Item>
      <Form.Item label="通知书告知复议和诉讼权利" name="noticeRemedyStatement">
        <YesNo yes="告知" no="不告知" />
      </Form.Item>
      <Form.Item
        label="允许从已报备未确认的计划抽取"
        name="allowDrawFromFiledPlan"

        extra="R24，默认否"
      >
        <YesNo yes="允许" no="不允许" />
      </Form.Item>
      <Form.Item
        label="启用跨区域抽取"
        name="crossRegionDrawing"

        extra="执法检查人员不足 6 人的部门可从上级指定的同级机关抽人（R34）"
      >
        <YesNo yes="启用" no="不启用" />
      </Form.Item>
    </>
  );
}

function SettingsForm({ settings, done }: { settings: AdminSettingsFieldsFragment; done: () => void }) {
  const [form] = Form.useForm<Values>();
  const [{ fetching }, update] = useMutation(UpdateBureauSettingsDocument);
  const run = useAction();
  const save = async () => {
    const values = await validValues(form);
    if (!values) return;
    const { minimumRatio, jointMinimumRatio, documentMark, ...rest } = values;
    const input = {
      ...rest,
      documentMark: documentMark?.trim() || undefined,
      minimumRatioBp: Math.round(minimumRatio * 100),
      jointMinimumRatioBp: Math.round(jointMinimumRatio * 100),
      version: settings.version,
    };
    const rename = (path: (string | number)[]) => path.map((x) => FIELD_OF[x] ?? x);
    if (await run(() => update({ input }), '单位设置已保存', form, rename)) done();
  };
  return (
    <Form
      form={form}
      layout="horizontal"
      labelCol={{ span: 8 }}
      wrapperCol={{ span: 12 }}
      initialValues={toForm(settings)}
    >
      <SettingsFields />
      <PublicationSettingsFields />
      <Form.Item wrapperCol={{ offset: 8 }}>
        <Button type="primary" loading={fetching} onClick={() => void save()}>
          保存设置
        </Button>
      </Form.Item>
    </Form>
  );
}

/** 单位设置: what the rules leave to the bureau (R3, R24, R29, R34, R39, R47, R48, the notices). */
export function SettingsTab() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: BureauSettingsDocument });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <Card title="单位设置" size="small">
      <QueryState data={data} error={error} fetching={fetching} retry={refresh}>
        {(d) => (
          <>
            {d.bureauSettings.version === 0 && (
              <Alert type="info" showIcon style={{ marginBottom: 16 }} title="本单位尚未改过设置：下面是规定的默认值" />
            )}
            <Typography.Paragraph type="secondary">{`设置版本：第 ${d.bureauSettings.version} 版`}</Typography.Paragraph>
            <SettingsForm key={d.bureauSettings.version} settings={d.bureauSettings} done={refresh} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
