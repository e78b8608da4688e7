import type { ChecklistTemplate } from '../inspections/checklist-template.ts';

/** 乡镇重点工作综合督查表: the form the demo county's groups fill at every township visit. */
export const townshipKeyWorkChecklist: ChecklistTemplate = {
  key: 'township-key-work',
  name: { zh: '乡镇重点工作综合督查表', en: 'Township key work inspection' },
  description: { zh: '一查二核三通报:现场对照检查,问题当场交办', en: 'Inspect, verify, notify: on-site check, problems handed over on the spot' },
  sections: [
    {
      key: 'leadership', title: { zh: '组织领导', en: 'Leadership' },
      items: [
        { key: 'meeting', label: { zh: '党政主要领导召开专题会议研究部署', en: 'Leaders held a meeting on the work' }, type: 'yesNo', required: true, score: 10, critical: true },
        { key: 'assigned', label: { zh: '任务分解到村、责任落实到人', en: 'Tasks assigned down to villages and persons' }, type: 'yesNo', required: true, score: 10 },
      ],
    },
    {
      key: 'delivery', title: { zh: '工作落实', en: 'Delivery' },
      items: [
        { key: 'ledger', label: { zh: '工作台账完整规范', en: 'Work ledger complete' }, type: 'yesNo', required: true, score: 15 },
        { key: 'rectified', label: { zh: '上次督查问题整改完成率', en: 'Share of last findings rectified' }, type: 'number', unit: '%', required: true, passRule: { kind: 'range', min: 90, max: 100 }, score: 20 },
        { key: 'awareness', label: { zh: '群众政策知晓率(入户抽查)', en: 'Policy awareness among households' }, type: 'number', unit: '%', required: true, passRule: { kind: 'range', min: 80 }, score: 15 },
      ],
    },
    {
      key: 'site', title: { zh: '现场检查', en: 'On site' },
      items: [
        { key: 'state', label: { zh: '现场整体情况', en: 'Overall state' }, type: 'choice', required: true, options: [{ value: 'good', label: { zh: '好', en: 'Good' } }, { value: 'fair', label: { zh: '一般', en: 'Fair' } }, { value: 'poor', label: { zh: '差', en: 'Poor' } }], passRule: { kind: 'noneOf', values: ['poor'] }, score: 15 },
        { key: 'poorWhy', label: { zh: '差的原因', en: 'Why poor' }, type: 'text', required: true, showIf: { item: 'state', anyOf: ['poor'] } },
        { key: 'measures', label: { zh: '已落实的措施', en: 'Measures in place' }, type: 'multiChoice', options: [{ value: 'duty', label: { zh: '值班值守', en: 'Duty roster' } }, { value: 'patrol', label: { zh: '巡查巡护', en: 'Patrols' } }, { value: 'publicity', label: { zh: '宣传公示', en: 'Publicity' } }], passRule: { kind: 'allOf', values: ['duty', 'patrol'] }, score: 15 },
        { key: 'photos', label: { zh: '现场照片', en: 'Site photos' }, type: 'photo', required: true, minCount: 1 },
        { key: 'location', label: { zh: '检查位置', en: 'Location' }, type: 'gps' },
        { key: 'checkedOn', label: { zh: '检查日期', en: 'Date' }, type: 'date', required: true },
        { key: 'note', label: { zh: '其他情况', en: 'Other notes' }, type: 'text' },
      ],
    },
    {
      key: 'sign', title: { zh: '签字确认', en: 'Signatures' },
      items: [{ key: 'unitSign', label: { zh: '被检查单位负责人签字', en: 'Signature of the inspected unit' }, type: 'signature', required: true }],
    },
  ],
};

/** 农村环境卫生专项检查表: a scored form (pass at 80%) with a conditional item. */
export const ruralSanitationChecklist: ChecklistTemplate = {
  key: 'rural-sanitation',
  name: { zh: '农村环境卫生专项检查表', en: 'Rural sanitation check' },
  passPercent: 80,
  items: [
    { key: 'cleaner', label: { zh: '配备专职保洁员', en: 'Full-time cleaner' }, type: 'yesNo', required: true, score: 20 },
    { key: 'cleaners', label: { zh: '保洁员人数', en: 'Number of cleaners' }, type: 'number', unit: '人', required: true, showIf: { item: 'cleaner', equals: true }, passRule: '>=2', score: 20 },
    { key: 'bins', label: { zh: '垃圾桶(箱)数量', en: 'Bins' }, type: 'number', unit: '个', required: true, passRule: { kind: 'range', min: 10 }, score: 30 },
    { key: 'transfer', label: { zh: '垃圾日产日清', en: 'Waste removed daily' }, type: 'yesNo', required: true, score: 30 },
    { key: 'photos', label: { zh: '现场照片', en: 'Photos' }, type: 'photo', minCount: 1 },
  ],
};
