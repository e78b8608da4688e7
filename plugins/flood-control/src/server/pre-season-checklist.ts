import type { ChecklistTemplate } from '@duban/plugin-sdk/server';

/**
 * 汛前检查 (six points, DOMAIN.md §3): filled for each reservoir every season by the township, and
 * offered to inspection groups visiting a reservoir (a visit whose subject is the reservoir), so
 * both sides check the same six points.
 */
export const preSeasonChecklist: ChecklistTemplate = {
  key: 'flood-control.pre-season',
  name: { zh: '水库汛前检查', en: 'Reservoir pre-season check' },
  items: [
    { key: 'spillway', label: { zh: '溢洪道畅通无阻', en: 'Spillway clear' }, type: 'yesNo', required: true, score: 20 },
    { key: 'gates', label: { zh: '闸门启闭灵活', en: 'Gates open and close' }, type: 'yesNo', required: true, score: 20 },
    { key: 'power', label: { zh: '备用电源可用', en: 'Backup power works' }, type: 'yesNo', required: true, score: 15 },
    { key: 'warning', label: { zh: '预警方案落实', en: 'Warning plan in place' }, type: 'yesNo', required: true, score: 15 },
    { key: 'road', label: { zh: '防汛道路畅通', en: 'Flood access road open' }, type: 'yesNo', required: true, score: 15 },
    { key: 'materials', label: { zh: '抢险物资到位', en: 'Emergency materials stocked' }, type: 'yesNo', required: true, score: 15 },
  ],
};
