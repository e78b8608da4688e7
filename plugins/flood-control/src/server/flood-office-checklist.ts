import type { ChecklistTemplate } from '@duban/plugin-sdk/server';

/** 乡镇防办规范化建设 (DOMAIN.md §3): the checklist inspections use at a township flood office. */
export const floodOfficeChecklist: ChecklistTemplate = {
  key: 'flood-control.township-office',
  name: { zh: '乡镇防办规范化建设', en: 'Township flood office standard' },
  items: [
    { key: 'staff', label: { zh: '不少于 2 名正式在编人员值班', en: 'At least 2 formal staff on duty' }, type: 'number', required: true, passRule: '>=2', score: 25 },
    { key: 'room', label: { zh: '有专用值班室,配备传真等设备', en: 'Dedicated duty room with fax and equipment' }, type: 'yesNo', required: true, score: 25 },
    { key: 'logs', label: { zh: '值班交接、传真、电话记录齐全', en: 'Complete handover, fax and phone logs' }, type: 'yesNo', required: true, score: 25 },
    { key: 'rules', label: { zh: '值班制度和工作流程上墙', en: 'Duty rules and workflow posted on the wall' }, type: 'photo', required: true, score: 25 },
  ],
};
