import { useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import { useQuery } from 'urql';
import { useSearchParams } from 'react-router';
import type { PublicationKind } from './gql/graphql';
import { PublicBureausQuery } from './documents';
import { KIND_LABELS } from './labels';
import { ChooseBureau } from './choose-bureau';
import { PublicationCard } from './publication-card';
import { ResultPages } from './result-pages';

/** Today and a year back, China days (the endpoint takes at most 366 days). */
function lastYear(): { from: string; to: string } {
  const day = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
  return { from: day(Date.now() - 365 * 86_400_000), to: day(Date.now()) };
}

/** The kinds whose documents are lists: shown whole under their card. */
const LISTS: readonly PublicationKind[] = ['ITEM_LIST', 'INSPECTOR_LIST', 'PLAN', 'TARGET_DIRECTORY'];

interface Values {
  bureau?: string;
  kind?: PublicationKind;
  from: string;
  to: string;
}

/** The look-up's form: bureau (those that published anything), kind unless fixed, dates. */
function BureauForm(props: {
  kinds: readonly PublicationKind[];
  kind?: PublicationKind;
  asked: Values;
  submit: (v: Values) => void;
}) {
  const [{ data: bureaus, fetching }] = useQuery({ query: PublicBureausQuery });
  return (
    <Form<Values> layout="vertical" initialValues={props.asked} onFinish={props.submit} className="public-bureau-form">
      <Form.Item name="bureau" label="公示机关" rules={[{ required: true, message: '请选择公示机关' }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={fetching}
          placeholder="选择公示机关"
          options={(bureaus?.publicBureaus ?? []).map((b) => ({ value: b.code, label: b.name }))}
          notFoundContent="暂无公示机关"
        />
      </Form.Item>
      {!props.kind && (
        <Form.Item name="kind" label="公示类别" rules={[{ required: true, message: '请选择公示类别' }]}>
          <Select placeholder="选择公示类别" options={props.kinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))} />
        </Form.Item>
      )}
      <div className="public-dates">
        <Form.Item name="from" label="公示日期起" rules={[{ required: true, message: '请填写起始日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="to" label="公示日期止" rules={[{ required: true, message: '请填写截止日期' }]}>
          <Input type="date" />
        </Form.Item>
      </div>
      <Button type="primary" htmlType="submit" block>
        查询
      </Button>
    </Form>
  );
}

/**
 * Look-up by bureau, kind and publication dates (at most a year): the form and its results, both in the
 * address (a link reproduces the view). `kind` fixed: the items, inspectors and plans pages.
 */
export function BureauLookUp(props: { kinds: readonly PublicationKind[]; kind?: PublicationKind }) {
  const [params, setParams] = useSearchParams();
  const fallback = useState(lastYear)[0];
  const asked: Values = {
    bureau: params.get('bureau') ?? undefined,
    kind: props.kind ?? ((params.get('kind') as PublicationKind | null) || undefined),
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
  };
  const submit = (v: Values, replace = false) => {
    const next = new URLSearchParams(params);
    if (v.bureau) next.set('bureau', v.bureau);
    if (v.kind && !props.kind) next.set('kind', v.kind);
    next.set('from', v.from);
    next.set('to', v.to);
    setParams(next, { replace });
  };
  return (
    <>
      {/* Keyed by the bureau: one chosen from the list below (or the only one) shows in the form too. */}
      <BureauForm key={asked.bureau ?? ''} kinds={props.kinds} kind={props.kind} asked={asked} submit={submit} />
      {/* The pages of one kind (items, inspectors, plans) offer the publishing bureaus; the search page's tab asks a kind too. */}
      {!asked.bureau && props.kind && (
        <ChooseBureau
          what={KIND_LABELS[props.kind]}
          choose={(bureau, replace) => submit({ ...asked, bureau }, replace)}
        />
      )}
      {asked.bureau && asked.kind && (
        <ResultPages
          filter={{ bureauCode: asked.bureau, kind: asked.kind, from: asked.from, to: asked.to }}
          render={(items) =>
            items.map((p) => <PublicationCard key={p.id} p={p} withDocument={LISTS.includes(p.kind)} withTarget />)
          }
        />
      )}
    </>
  );
}
