import { baseSettings, definePlugin } from '@duban/plugin-sdk';
import { z } from 'zod';
import { incidentLevels } from './shared/levels.ts';

const read = ['food-safety.incident.read', 'food-safety.sampling.read', 'food-safety.transfer.read', 'food-safety.survey.read'];

export default definePlugin({
  id: 'food-safety',
  name: { zh: '食品安全', en: 'Food safety' },
  description: { zh: '事故分级与一票否决、抽样检测、行刑衔接、满意度测评、现场检查', en: 'Incidents, sampling, case transfers, surveys, checks' },
  version: '0.1.0',
  core: '^0.1.0',
  permissions: [
    { key: 'food-safety.incident.read', access: 'read', zh: '查看食品安全事故台账', en: 'View the food-safety incident register' },
    { key: 'food-safety.incident.report', access: 'write', zh: '登记和报告食品安全事故', en: 'Record and report food-safety incidents' },
    { key: 'food-safety.incident.confirm', access: 'write', zh: '认定食品安全事故等级', en: 'Confirm food-safety incident levels' },
    { key: 'food-safety.sampling.read', access: 'read', zh: '查看抽样检测', en: 'View sampling tests' },
    { key: 'food-safety.sampling.manage', access: 'write', zh: '制定抽检计划、录入检测结果', en: 'Plan sampling and record results' },
    { key: 'food-safety.transfer.read', access: 'read', zh: '查看行刑衔接台账', en: 'View criminal case transfers' },
    { key: 'food-safety.transfer.manage', access: 'write', zh: '维护行刑衔接台账', en: 'Maintain criminal case transfers' },
    { key: 'food-safety.survey.read', access: 'read', zh: '查看满意度测评', en: 'View satisfaction surveys' },
    { key: 'food-safety.survey.manage', access: 'write', zh: '录入满意度测评结果', en: 'Record satisfaction surveys' },
  ],
  // 市场监督管理局 owns the module: its staff hold the module role (every permission) for the units
  // they cover, run the registers county-wide and confirm levels; a township reports its incidents
  // but does not grade them itself.
  owners: ['market-regulation'],
  roleGrants: {
    'county-admin': [...read, 'food-safety.incident.report', 'food-safety.incident.confirm', 'food-safety.sampling.manage', 'food-safety.transfer.manage', 'food-safety.survey.manage'],
    'supervision-office': read,
    'township-official': [...read, 'food-safety.incident.report'],
    'village-official': ['food-safety.incident.read', 'food-safety.incident.report'],
    inspector: read,
    assessor: read,
  },
  settings: baseSettings.extend({
    vetoLevel: z.enum(incidentLevels).default('II').describe('一票否决的事故等级(该级及以上) / Veto at this incident level or above'),
    reportDeadlineHours: z.number().int().min(1).max(72).default(2).describe('事故首报时限(小时) / Initial report deadline (hours)'),
    concealmentHours: z.number().int().min(1).max(720).default(24).describe('超过该时限仍未报告视为瞒报(小时) / Unreported after this many hours counts as concealed'),
    transferDeadlineDays: z.number().int().min(1).max(30).default(3).describe('认定涉嫌犯罪后移送司法机关时限(天) / Days to transfer a suspected crime'),
    rectificationDays: z.number().int().min(1).max(90).default(15).describe('抽检不合格整改期限(天) / Days to rectify an unqualified sample'),
  }),
});
