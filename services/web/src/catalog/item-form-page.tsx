import { useState } from 'react';
import { Alert, App, Form, Typography } from 'antd';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import type { ItemQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { failureOf, failureText, showUnderField } from '../common/action-error';
import { CreateItemDocument, ItemDocument, ReviseItemDocument, UpdateItemDraftDocument } from './documents';
import { EMPTY_ITEM, contentOf, formPathOf, formValuesOf, type ItemFormValues } from './item-content';
import { ItemForm } from './item-form';

type Item = ItemQuery['inspectionItem'];
type Mode = 'create' | 'edit' | 'revise';

const TITLES: Record<Mode, string> = { create: '新建抽查事项', edit: '修改草稿', revise: '修订抽查事项' };
const OPEN = ['DRAFT', 'RETURNED'];

/** Runs the mutation of the mode; resolves to the item's id, or to the error. */
function useSave(mode: Mode, item: Item | undefined) {
  const [create, doCreate] = useMutation(CreateItemDocument);
  const [update, doUpdate] = useMutation(UpdateItemDraftDocument);
  const [revise, doRevise] = useMutation(ReviseItemDocument);
  const saving = create.fetching || update.fetching || revise.fetching;
  const save = async (v: ItemFormValues): Promise<{ id?: string; error?: CombinedError }> => {
    const content = contentOf(v);
    if (mode === 'create') {
      const r = await doCreate({ input: { code: v.code || null, content } });
      return { id: r.data?.createItem.item.id, error: r.error };
    }
    if (!item) return {};
    if (mode === 'revise') {
      const r = await doRevise({ input: { itemId: item.id, content } });
      return { id: r.data?.reviseItem.item.id, error: r.error };
    }
    const open = item.versions.find((x) => OPEN.includes(x.status));
    if (!open) return {};
    const r = await doUpdate({ input: { versionId: open.id, version: open.version, content } });
    return { id: r.data?.updateItemDraft.item.id, error: r.error };
  };
  return { save, saving };
}

function FormView({ mode, item, refetch }: { mode: Mode; item?: Item; refetch: () => void }) {
  const [form] = Form.useForm<ItemFormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { save, saving } = useSave(mode, item);
  const [failure, setFailure] = useState<string | null>(null);
  const start = mode === 'edit' ? item?.versions.find((x) => OPEN.includes(x.status)) : item?.publishedVersion;
  const source = item?.versions.find((x) => x.id === start?.id);
  const onFinish = async (v: ItemFormValues) => {
    setFailure(null);
    const { id, error } = await save(v);
    if (error) {
      const f = failureOf(error);
      // CONFLICT: someone changed it meanwhile; the fresh version is loaded, what was typed stays.
      if (f.code === 'CONFLICT' && mode === 'edit') refetch();
      if (f.code === 'CONFLICT' && mode === 'edit')
        setFailure('已被他人修改：已载入最新数据，您填写的内容保留，请核对后重新保存');
      else if (!showUnderField(form, f, formPathOf)) setFailure(failureText(f));
      return;
    }
    message.success(mode === 'create' ? '已保存为草稿' : '已保存');
    void navigate(`/items/${id}`);
  };
  return (
    <>
      <Typography.Title level={2}>{TITLES[mode]}</Typography.Title>
      {mode === 'revise' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="修订生成下一版本草稿，须重新经法制审核后发布；发布前现行版本继续有效（R6）"
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={failure} />}
      <ItemForm
        form={form}
        initialValues={source ? formValuesOf(source) : EMPTY_ITEM}
        withCode={mode === 'create'}
        fixedDepartment={mode === 'revise' || (mode === 'edit' && (source?.versionNo ?? 1) > 1)}
        saving={saving}
        submitLabel={mode === 'create' ? '保存草稿' : mode === 'revise' ? '保存修订草稿' : '保存'}
        onFinish={(v) => void onFinish(v)}
        onCancel={() => void navigate(item ? `/items/${item.id}` : '/items')}
      />
    </>
  );
}

/** Create a draft, edit the open draft, or revise a published item (one form for all three). */
export default function ItemFormPage() {
  const { id } = useParams();
  const { pathname } = useLocation();
  const mode: Mode = !id ? 'create' : pathname.endsWith('/revise') ? 'revise' : 'edit';
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ItemDocument,
    variables: { id: id ?? '' },
    pause: !id,
  });
  if (mode === 'create') return <FormView mode={mode} refetch={() => undefined} />;
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
      {(d) => (
        <FormView mode={mode} item={d.inspectionItem} refetch={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
    </QueryState>
  );
}
