import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { LEVEL_LABELS, PERIOD_LABELS } from './labels';
import { optionsOf } from '../common/list-page';

/** 抽查依据: at least one law, each with its articles. */
export function LegalBasisList() {
  return (
    <Form.List
      name="legalBasis"
      rules={[
        {
          validator: (_, rows?: unknown[]) =>
            rows?.length ? Promise.resolve() : Promise.reject(new Error('至少填写一条抽查依据')),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label="抽查依据" required>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item
                name={[f.name, 'law']}
                rules={[{ required: true, whitespace: true, message: '请填写法律、法规或规章名称' }]}
              >
                <Input placeholder="法律、法规或规章名称，如《旅馆业治安管理办法》" style={{ width: 420 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'articles']}>
                <Input placeholder="条款，如 第三条、第三十二条" style={{ width: 240 }} />
              </Form.Item>
              {fields.length > 1 && <MinusCircleOutlined aria-label="删除此依据" onClick={() => remove(f.name)} />}
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ law: '' })}>
            添加依据
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

/** 检查内容子项: numbered in order, each answered 正常/不正常 on site. */
export function CheckContentsList() {
  return (
    <Form.List name="checkContents">
      {(fields, { add, remove }) => (
        <Form.Item label="检查内容子项" extra="现场逐项填写“正常/不正常”，按顺序编号">
          {fields.map((f, i) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <span>{i + 1}.</span>
              <Form.Item name={f.name} rules={[{ max: 500, message: '每项不超过 500 字' }]}>
                <Input.TextArea autoSize placeholder="检查内容" style={{ width: 640 }} />
              </Form.Item>
              <MinusCircleOutlined aria-label="删除此项" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
            添加检查内容
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** 分级频次规则 (R4): by grade and level, optional. */
export function FrequencyRulesList() {
  return (
    <Form.List name="frequencyRules">
      {(fields, { add, remove }) => (
        <Form.Item label="分级频次规则" extra="按对象等级、执行层级细分的频次（R4），可不填">
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'grade']}>
                <Input placeholder="等级，如 A" style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'level']}>
                <Select allowClear placeholder="层级" style={{ width: 190 }} options={optionsOf(LEVEL_LABELS)} />
              </Form.Item>
              <Form.Item name={[f.name, 'per']} rules={[{ required: true, message: '请选择周期' }]}>
                <Select placeholder="周期" style={{ width: 110 }} options={optionsOf(PERIOD_LABELS)} />
              </Form.Item>
              <Form.Item name={[f.name, 'times']} rules={[{ required: true, message: '请填写次数' }]}>
                <InputNumber min={1} precision={0} suffix="次" style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'minimumRatio']}>
                <InputNumber min={0} max={100} step={0.5} suffix="%" placeholder="最低比例" style={{ width: 130 }} />
              </Form.Item>
              <MinusCircleOutlined aria-label="删除此规则" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ per: 'YEAR', times: 1 })}>
            添加频次规则
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}
