import { baseSettings, definePlugin } from '@duban/plugin-sdk';
import { z } from 'zod';

export default definePlugin({
  id: 'flood-control',
  name: { zh: '防汛抗旱', en: 'Flood control' },
  description: { zh: '库塘台账、责任人落实、汛前检查', en: 'Reservoir register, responsible persons, pre-season checks' },
  version: '0.1.0',
  core: '^0.1.0',
  permissions: [
    { key: 'flood-control.reservoir.read', access: 'read', zh: '查看库塘台账', en: 'View the reservoir register' },
    { key: 'flood-control.reservoir.manage', access: 'write', zh: '维护库塘台账', en: 'Maintain the reservoir register' },
  ],
  // 水利局 owns the module (its staff work in it through the module role); townships keep their
  // own register, villages and the county's reviewers read it.
  owners: ['water-resources'],
  roleGrants: {
    'county-admin': ['flood-control.reservoir.read', 'flood-control.reservoir.manage'],
    'supervision-office': ['flood-control.reservoir.read'],
    'township-official': ['flood-control.reservoir.read', 'flood-control.reservoir.manage'],
    'village-official': ['flood-control.reservoir.read'],
    inspector: ['flood-control.reservoir.read'],
    assessor: ['flood-control.reservoir.read'],
  },
  settings: baseSettings.extend({
    /** 主汛期开始 (month-day), before which every reservoir needs its pre-season check. */
    floodSeasonStart: z.string().max(5).regex(/^\d{2}-\d{2}$/, '格式为 MM-DD,例如 06-01').default('06-01').describe('主汛期开始日期 / Flood season starts (MM-DD)'),
    /** 汛期结束 (month-day): a pre-season check counts until the end of its season, then expires. */
    floodSeasonEnd: z.string().max(5).regex(/^\d{2}-\d{2}$/, '格式为 MM-DD,例如 09-30').default('09-30').describe('汛期结束日期 / Flood season ends (MM-DD)'),
    /** 屡查屡犯: the same item failed this many times within a year marks a repeat offender. */
    repeatFailures: z.number().int().min(2).max(10).default(2).describe('屡查屡犯:同一项不合格次数 / Repeat offender: failures of one item'),
    dutyPhone: z.string().trim().max(20).optional().describe('防办值班电话 / Duty phone'),
  }),
});
