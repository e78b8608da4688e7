import { defineRegister } from '@duban/plugin-sdk/server';
import { createReservoirInput, reservoirKinds } from './schemas.ts';

/**
 * 库塘台账 as an Excel register: townships keep their reservoirs and ponds in a workbook and
 * import it; a row with the same unit and name as a registered one updates it. The row schema is
 * the create form's, so a capacity of −50 is refused in the sheet as in the form.
 */
export const reservoirRegister = defineRegister({
  key: 'flood-control.reservoir',
  name: { zh: '库塘台账', en: 'Reservoir register' },
  table: 'flood_reservoir',
  row: createReservoirInput,
  unitLevels: ['township', 'village'],
  identity: ['orgUnitId', 'name'],
  filters: ['kind', 'dangerous'],
  columns: [
    { key: 'orgUnitId', header: { zh: '所属单位', en: 'Unit' }, type: 'unit' },
    { key: 'name', header: { zh: '名称', en: 'Name' }, type: 'text', example: '黄泥塘水库' },
    { key: 'kind', header: { zh: '类型', en: 'Kind' }, type: 'choice', choices: reservoirKinds, example: '水库' },
    { key: 'capacity', header: { zh: '总库容（万方）', en: 'Capacity (10,000 m³)' }, type: 'number', note: '0 到 1000000，最多两位小数', example: 120.5 },
    { key: 'floodLimitLevel', header: { zh: '汛限水位（米）', en: 'Flood limit level (m)' }, type: 'number', example: 312.4 },
    { key: 'adminPersonId', header: { zh: '行政责任人', en: 'Administrative responsible' }, type: 'person', nameColumn: 'admin_responsible', example: '张德明' },
    { key: 'technicalPersonId', header: { zh: '技术责任人', en: 'Technical responsible' }, type: 'person', nameColumn: 'technical_responsible', example: '李国强' },
    { key: 'dangerous', header: { zh: '病险', en: 'Dangerous' }, type: 'boolean', example: '否' },
    { key: 'emptied', header: { zh: '空库运行', en: 'Run empty' }, type: 'boolean', example: '否' },
  ],
});
