import { baseSettings, definePlugin } from '@duban/plugin-sdk';
import { z } from 'zod';

export default definePlugin({
  id: 'food-safety',
  name: { zh: '食品安全', en: 'Food safety' },
  description: { zh: '食品安全台账', en: 'Food safety register' },
  version: '0.1.0',
  core: '^0.1.0',
  permissions: [
    { key: 'food-safety.record.read', access: 'read', zh: '查看食品安全台账', en: 'View the Food safety register' },
    { key: 'food-safety.record.manage', access: 'write', zh: '维护食品安全台账', en: 'Maintain the Food safety register' },
  ],
  // What the built-in roles receive, wherever their assignment puts them: townships keep their
  // own register, villages and the county's reviewers read it.
  roleGrants: {
    'county-admin': ['food-safety.record.read', 'food-safety.record.manage'],
    'township-official': ['food-safety.record.read', 'food-safety.record.manage'],
    'village-official': ['food-safety.record.read'],
    inspector: ['food-safety.record.read'],
    assessor: ['food-safety.record.read'],
  },
  // Per-unit settings: every field needs a default (or .optional()) so a unit can be enabled
  // before it is configured; .describe() gives the label the core's settings form shows.
  settings: baseSettings.extend({
    warningThreshold: z.number().min(0).default(100).describe('预警阈值 / Warning threshold'),
  }),
});
