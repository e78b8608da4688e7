import { inCurrentLanguage, say } from '@duban/plugin-sdk';
import { z } from 'zod';
import { handledByValues } from '../../shared/classify-incident.ts';
import { incidentLevels } from '../../shared/levels.ts';
import { count, id, instant, optionalText, pastInstant, text } from './common.ts';

/** The facts the grading rules look at (shared/classify-incident.ts). */
export const incidentFactsFields = z.object({
  harmed: count({ zh: '伤害人数', en: 'number harmed' }),
  deaths: count({ zh: '死亡人数', en: 'number of deaths' }),
  countiesAffected: count({ zh: '涉及县级行政区域数', en: 'county-level areas affected' }, 1, 3000),
  prefecturesAffected: count({ zh: '涉及地市级行政区域数', en: 'prefecture-level areas affected' }, 1, 400),
  provincesAffected: count({ zh: '涉及省级行政区域数', en: 'provinces affected' }, 1, 40),
  spreading: z.boolean().default(false),
  crossBorder: z.boolean().default(false),
  severeSocialImpact: z.boolean().default(false),
  beyondProvincialCapacity: z.boolean().default(false),
  handledBy: z.enum(handledByValues, say({ zh: '请选择处置或认定机关', en: 'Choose who handles it' })).default('county'),
});

type Facts = { harmed: number; deaths: number; countiesAffected: number; prefecturesAffected: number; provincesAffected: number };

/** Counts that cannot all be true at once: the grading would rest on impossible facts. */
export function checkFacts(f: Partial<Facts>, ctx: z.RefinementCtx) {
  const issue = (path: string, zh: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: inCurrentLanguage({ zh, en }) });
  if (f.deaths !== undefined && f.harmed !== undefined && f.deaths > f.harmed) issue('deaths', '死亡人数不能多于伤害人数(伤害人数含死亡)', 'Deaths cannot exceed the number harmed (which includes them)');
  if (f.prefecturesAffected !== undefined && f.countiesAffected !== undefined && f.prefecturesAffected > f.countiesAffected) {
    issue('prefecturesAffected', '涉及的地市数不能多于县级行政区域数', 'Prefecture-level areas cannot outnumber county-level areas');
  }
  if (f.provincesAffected !== undefined && f.prefecturesAffected !== undefined && f.provincesAffected > f.prefecturesAffected) {
    issue('provincesAffected', '涉及的省份数不能多于地市数', 'Provinces cannot outnumber prefecture-level areas');
  }
}

const incidentBase = incidentFactsFields.extend({
  title: text(100, { zh: '事故名称', en: 'incident name' }),
  occurredAt: pastInstant({ zh: '发生时间', en: 'time it occurred' }),
  discoveredAt: pastInstant({ zh: '发现时间', en: 'time it was discovered' }),
  place: text(200, { zh: '发生地点', en: 'place' }),
  unitsInvolved: text(300, { zh: '涉事单位', en: 'units involved' }),
  description: optionalText(2000, { zh: '事故经过', en: 'description' }),
});

const reportFields = z.object({
  kind: z.enum(['initial', 'follow-up', 'final'], say({ zh: '请选择报告类型', en: 'Choose the report kind' })),
  reportedAt: pastInstant({ zh: '报告时间', en: 'time of the report' }),
  reportedTo: text(100, { zh: '报告对象', en: 'recipient' }),
  content: text(2000, { zh: '报告内容', en: 'report' }),
});

export const createIncidentInput = incidentBase
  .extend({
    orgUnitId: id,
    /** 首报: when the responsible unit first reported it; omitted when it has not reported. */
    initialReport: reportFields.omit({ kind: true }).nullish(),
  })
  .superRefine((v, ctx) => {
    checkFacts(v, ctx);
    const issue = (path: string, zh: string, en: string) => ctx.addIssue({ code: 'custom', path: [path], message: inCurrentLanguage({ zh, en }) });
    const [occurred, discovered] = [new Date(v.occurredAt).getTime(), new Date(v.discoveredAt).getTime()];
    if (discovered < occurred) issue('discoveredAt', '发现时间不能早于发生时间', 'It cannot be discovered before it occurred');
    if (v.initialReport && new Date(v.initialReport.reportedAt).getTime() < discovered) {
      ctx.addIssue({ code: 'custom', path: ['initialReport', 'reportedAt'], message: inCurrentLanguage({ zh: '首报时间不能早于发现时间', en: 'The first report cannot precede the discovery' }) });
    }
  });

/** Corrects the facts; the suggested level is recomputed from them. */
export const updateFactsInput = incidentFactsFields.extend({ incidentId: id }).superRefine(checkFacts);

export const addReportInput = reportFields.extend({ incidentId: id });

export const confirmLevelInput = z.object({
  incidentId: id,
  level: z.enum(incidentLevels, say({ zh: '请选择认定等级', en: 'Choose the level' })),
  reason: text(500, { zh: '认定理由', en: 'reason' }),
  falsified: z.boolean().default(false),
  mishandled: z.boolean().default(false),
});

export const listIncidentsInput = z.object({ orgUnitId: id, year: z.number().int().min(2000).max(2100).optional() });
export const incidentIdInput = z.object({ incidentId: id });
export const unitPeriodInput = z.object({ orgUnitId: id, from: instant({ zh: '开始时间', en: 'start' }), to: instant({ zh: '结束时间', en: 'end' }) });
