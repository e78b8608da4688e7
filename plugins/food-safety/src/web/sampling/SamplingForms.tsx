import { DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import { createPlanInput, recordResultInput } from '../../server/schemas/sampling.ts';
import { foodCategories, foodCategoryNames } from '../../shared/food-categories.ts';
import { isoOf, showIssues } from '../form-helpers.ts';

type PlanInput = ReturnType<typeof createPlanInput.parse>;
type ResultInput = ReturnType<typeof recordResultInput.parse>;
type Unit = { id: string; name: string };

const modalText = (tr: ReturnType<typeof useBilingual>) => ({ okText: tr({ zh: '保存', en: 'Save' }), cancelText: tr({ zh: '取消', en: 'Cancel' }) });

/** 新建抽检计划 for the unit (or a unit below it) and year. */
export function PlanForm(props: { orgUnitId: string; year: number; units: Unit[]; saving: boolean; onCancel(): void; onSubmit(input: PlanInput): void }) {
  const tr = useBilingual();
  const [form] = Form.useForm();
  const submit = async () => {
    const parsed = createPlanInput.safeParse(await form.validateFields());
    if (!parsed.success) return showIssues(form, parsed.error.issues);
    props.onSubmit(parsed.data);
  };
  return (
    <Modal open destroyOnHidden title={tr({ zh: '新建抽检计划', en: 'New sampling plan' })} onCancel={props.onCancel} onOk={submit} confirmLoading={props.saving} {...modalText(tr)}>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ orgUnitId: props.orgUnitId, year: props.year, category: 'vegetables', plannedCount: 20 }}>
        <Form.Item name="orgUnitId" label={tr({ zh: '抽检单位', en: 'Unit' })}><Select options={props.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
        <Form.Item name="year" label={tr({ zh: '年度', en: 'Year' })}><InputNumber min={2000} max={2100} precision={0} /></Form.Item>
        <Form.Item name="name" label={tr({ zh: '计划名称', en: 'Plan' })} rules={[{ required: true, message: tr({ zh: '请填写计划名称', en: 'Enter the plan name' }) }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="category" label={tr({ zh: '食品类别', en: 'Food category' })}><Select options={foodCategories.map((c) => ({ value: c, label: tr(foodCategoryNames[c]) }))} /></Form.Item>
        <Form.Item name="plannedCount" label={tr({ zh: '计划抽检批次', en: 'Planned samples' })}><InputNumber min={1} precision={0} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** 录入检测结果: an unqualified result needs its failed items and becomes a rectification item. */
export function ResultForm(props: { planId: string; planUnitId: string; units: Unit[]; saving: boolean; onCancel(): void; onSubmit(input: ResultInput): void }) {
  const tr = useBilingual();
  const [form] = Form.useForm();
  const qualified = Form.useWatch('qualified', form) as boolean | undefined;
  const submit = async () => {
    const v = await form.validateFields();
    const parsed = recordResultInput.safeParse({ ...v, planId: props.planId, sampledAt: isoOf(v.sampledAt) });
    if (!parsed.success) return showIssues(form, parsed.error.issues);
    props.onSubmit(parsed.data);
  };
  return (
    <Modal open destroyOnHidden title={tr({ zh: '录入检测结果', en: 'Record a result' })} onCancel={props.onCancel} onOk={submit} confirmLoading={props.saving} {...modalText(tr)}>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ orgUnitId: props.planUnitId, qualified: true }}>
        <Form.Item name="orgUnitId" label={tr({ zh: '抽样地点', en: 'Where sampled' })}><Select showSearch optionFilterProp="label" options={props.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
        <Form.Item name="sampleName" label={tr({ zh: '样品名称', en: 'Sample' })} rules={[{ required: true, message: tr({ zh: '请填写样品名称', en: 'Enter the sample' }) }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="vendor" label={tr({ zh: '被抽检单位', en: 'Vendor' })} rules={[{ required: true, message: tr({ zh: '请填写被抽检单位', en: 'Enter the vendor' }) }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="sampledAt" label={tr({ zh: '抽样时间', en: 'Sampled' })} rules={[{ required: true, message: tr({ zh: '请选择抽样时间', en: 'Choose the time' }) }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="qualified" label={tr({ zh: '检测结论', en: 'Result' })}>
          <Radio.Group options={[{ value: true, label: tr({ zh: '合格', en: 'Qualified' }) }, { value: false, label: tr({ zh: '不合格', en: 'Unqualified' }) }]} />
        </Form.Item>
        {qualified === false && (
          <Form.Item name="failedItems" label={tr({ zh: '不合格项目(将生成整改督办事项)', en: 'Failed items (a rectification item will be handed over)' })} rules={[{ required: true, message: tr({ zh: '请填写不合格项目', en: 'Name the failed items' }) }]}>
            <Input maxLength={300} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
