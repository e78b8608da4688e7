// Outputs of the `assessment` router. Dates are ISO strings and scores plain numbers rounded to
// 2 decimals (there is no transformer); exact totals travel as decimal strings.
import { z } from 'zod';
import { planConfig } from './config.ts';
import { planStatus } from './inputs.ts';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const isoDate = z.string();
const unitRef = z.object({ id: z.string(), name: z.string(), path: z.string() });
export const fileOutput = z.object({ fileName: z.string(), fileBase64: z.string() });
export const okOutput = z.object({ ok: z.literal(true) });

export const catalogOutput = z.object({
  /** group: the metric family a member belongs to (检查合格率 …), null for plain sources. */
  metrics: z.array(z.object({ key: z.string(), name: bilingual, unit: z.string(), source: z.string(), group: bilingual.nullable() })),
  vetoConditions: z.array(z.object({ key: z.string(), name: bilingual, source: z.string() })),
  templates: z.array(z.object({ key: z.string(), name: bilingual, description: bilingual.nullable(), source: z.string() })),
  componentKinds: z.array(z.object({ key: z.string(), name: bilingual })),
  methods: z.array(z.object({ key: z.string(), name: bilingual })),
  missingRules: z.array(z.object({ key: z.string(), name: bilingual })),
  defaultGradeBands: z.array(z.object({ key: z.string(), name: z.string(), min: z.number() })),
});

export const configErrorOutput = z.object({ path: z.array(z.union([z.string(), z.number()])), label: z.string(), message: z.string() });
export const validateConfigOutput = z.object({
  ok: z.boolean(),
  errors: z.array(configErrorOutput),
  weightTotal: z.number(),
  components: z.array(z.object({ key: z.string(), name: z.string(), weight: z.number(), maxTotal: z.number(), bonusCap: z.number() })),
});

export const planSummaryOutput = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  status: planStatus,
  periodStart: isoDate,
  periodEnd: isoDate,
  ownerUnit: unitRef,
  versionNumber: z.number(),
  unitCount: z.number(),
  previousPlanId: z.string().nullable(),
  templateKey: z.string().nullable(),
});

export const versionOutput = z.object({
  id: z.string(),
  number: z.number(),
  status: z.enum(['draft', 'active', 'superseded', 'published']),
  reason: z.string().nullable(),
  createdAt: isoDate,
  computedAt: isoDate.nullable(),
  approvedAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
});

/** What the caller may do with the plan now (the page offers only these buttons). */
export const planAction = z.enum([
  'edit', 'delete', 'setAssessors', 'start', 'openScoring', 'compute', 'submitForReview', 'returnToScoring', 'approve', 'publish', 'correct', 'score', 'veto',
]);

export const planDetailOutput = planSummaryOutput.extend({
  unitSelection: z.unknown(),
  grouping: z.unknown(),
  version: versionOutput.extend({ config: planConfig }),
  versions: z.array(versionOutput),
  units: z.array(z.object({ assessmentUnitId: z.string(), orgUnit: unitRef, peerGroup: z.string(), selfCheckSubmittedAt: isoDate.nullable() })),
  assessors: z.array(z.object({ userId: z.string(), name: z.string(), username: z.string() })),
  actions: z.array(planAction),
  /** Config problems of the current version (empty when it is valid). */
  configErrors: z.array(configErrorOutput),
  /** The caller sees every unit's figures (false: only their own units'). */
  fullView: z.boolean(),
});

export const myAssessmentOutput = z.object({
  planId: z.string(),
  planName: z.string(),
  year: z.number(),
  status: planStatus,
  assessmentUnitId: z.string(),
  orgUnit: unitRef,
  selfCheckSubmittedAt: isoDate.nullable(),
  selfCheckOpen: z.boolean(),
  // The grade as its band's key and the name the plan gives it (优秀 …), as in result rows.
  result: z.object({ total: z.number().nullable(), grade: z.object({ key: z.string(), name: z.string() }).nullable(), rank: z.number().nullable(), groupSize: z.number(), vetoed: z.boolean() }).nullable(),
});

export const assessorOptionOutput = z.object({ userId: z.string(), name: z.string(), username: z.string(), unitName: z.string() });

const indicatorView = z.object({
  key: z.string(),
  name: z.string(),
  standard: z.string().nullable(),
  method: z.enum(['manual', 'deduction', 'formula', 'bonus']),
  maxScore: z.number(),
  pointsPerOccurrence: z.number().nullable(),
  metricKey: z.string().nullable(),
  componentKey: z.string(),
  componentName: z.string(),
  categoryKey: z.string(),
  categoryName: z.string(),
});
const evidenceView = z.object({ id: z.string(), fileName: z.string(), contentType: z.string(), size: z.number(), uploadedAt: isoDate, entryId: z.string().nullable() });

export const selfCheckOutput = z.object({
  planId: z.string(),
  planName: z.string(),
  status: planStatus,
  assessmentUnitId: z.string(),
  orgUnit: unitRef,
  editable: z.boolean(),
  submittedAt: isoDate.nullable(),
  indicators: z.array(indicatorView),
  items: z.array(z.object({ indicatorKey: z.string(), selfScore: z.number().nullable(), note: z.string().nullable(), evidence: z.array(evidenceView) })),
});

export const entryView = z.object({
  id: z.string(), orgUnitId: z.string(), indicatorKey: z.string(), kind: z.enum(['deduction', 'bonus']), count: z.number(), points: z.number(),
  note: z.string(), taskId: z.string().nullable(), createdAt: isoDate, evidence: z.array(evidenceView),
});
export const vetoView = z.object({ id: z.string(), orgUnitId: z.string(), ruleKey: z.string(), ruleName: z.string(), source: z.enum(['manual', 'auto']), reason: z.string(), createdAt: isoDate });

export const scoringSheetOutput = z.object({
  planId: z.string(),
  status: planStatus,
  /** True while the plan is in scoring and the caller is on the panel. */
  editable: z.boolean(),
  isAssessor: z.boolean(),
  missingRule: z.enum(['average_present', 'zero', 'block']),
  panel: z.array(z.object({ userId: z.string(), name: z.string() })),
  indicators: z.array(indicatorView),
  units: z.array(z.object({ orgUnitId: z.string(), assessmentUnitId: z.string(), name: z.string(), peerGroup: z.string(), selfCheckSubmittedAt: isoDate.nullable() })),
  myScores: z.array(z.object({ orgUnitId: z.string(), indicatorKey: z.string(), score: z.number(), note: z.string().nullable() })),
  selfChecks: z.array(z.object({ orgUnitId: z.string(), indicatorKey: z.string(), selfScore: z.number().nullable(), note: z.string().nullable() })),
  entries: z.array(entryView),
  vetoes: z.array(vetoView),
  vetoRules: z.array(z.object({ key: z.string(), name: z.string(), kind: z.enum(['manual', 'auto']) })),
  /** Per unit: manual scores given by the whole panel vs expected (items × panel). */
  progress: z.array(z.object({ orgUnitId: z.string(), given: z.number(), expected: z.number(), mine: z.number(), myExpected: z.number() })),
});

export const resultRowOutput = z.object({
  assessmentUnitId: z.string(),
  orgUnit: unitRef,
  peerGroup: z.string(),
  total: z.number().nullable(),
  exactTotal: z.string().nullable(),
  components: z.array(z.object({ key: z.string(), score: z.number() })),
  grade: z.object({ key: z.string(), name: z.string() }).nullable(),
  vetoed: z.boolean(),
  vetoReasons: z.array(z.string()),
  rank: z.number().nullable(),
  /** 并列: another unit of the group has the same rounded total. */
  tied: z.boolean(),
  groupSize: z.number(),
  complete: z.boolean(),
  missingScores: z.number(),
  previous: z.object({ total: z.number().nullable(), rank: z.number().nullable(), groupSize: z.number().nullable() }).nullable(),
  /** score: total − previous total; rank: previous rank − rank (positive = moved up). */
  change: z.object({ score: z.number().nullable(), rank: z.number().nullable() }).nullable(),
});

export const resultsOutput = z.object({
  plan: z.object({ id: z.string(), name: z.string(), year: z.number(), status: planStatus }),
  version: versionOutput.nullable(),
  fullView: z.boolean(),
  components: z.array(z.object({ key: z.string(), name: z.string(), weight: z.number() })),
  gradeBands: z.array(z.object({ key: z.string(), name: z.string(), min: z.number() })),
  peerGroups: z.array(z.string()),
  gradeCounts: z.array(z.object({ key: z.string(), name: z.string(), count: z.number() })),
  items: z.array(resultRowOutput),
});

// The explanation: every point traced to its rule, its source data and its evidence.
const assessorScoreTrace = z.object({ assessorId: z.string(), name: z.string(), score: z.number().nullable(), note: z.string().nullable() });
const entryTrace = z.object({ id: z.string(), count: z.number(), points: z.number(), note: z.string(), taskId: z.string().nullable(), createdAt: isoDate, evidence: z.array(evidenceView) });
export const indicatorTrace = z.object({
  key: z.string(),
  name: z.string(),
  standard: z.string().nullable(),
  method: z.enum(['manual', 'deduction', 'formula', 'bonus']),
  maxScore: z.number(),
  /** The item's exact score (decimal string) and rounded for display. */
  exact: z.string(),
  score: z.number(),
  /** The rule applied, in words (zh), e.g. "3 名评委平均:(9 + 8.5 + 10) ÷ 3 = 9.17". */
  rule: z.string(),
  /** Flags: missing scores, no metric data, deduction cap reached, bonus cap reached. */
  flags: z.array(z.string()),
  assessors: z.array(assessorScoreTrace).nullable(),
  entries: z.array(entryTrace).nullable(),
  metric: z.object({ key: z.string(), name: z.string(), unit: z.string(), value: z.string().nullable(), computedAt: isoDate.nullable() }).nullable(),
  selfCheck: z.object({ selfScore: z.number().nullable(), note: z.string().nullable(), evidence: z.array(evidenceView) }).nullable(),
});
export const explanationOutput = z.object({
  planId: z.string(),
  version: z.object({ id: z.string(), number: z.number(), status: z.string() }),
  assessmentUnitId: z.string(),
  orgUnit: unitRef,
  peerGroup: z.string(),
  total: z.number().nullable(),
  exactTotal: z.string().nullable(),
  grade: z.object({ key: z.string(), name: z.string() }).nullable(),
  gradeRule: z.string(),
  vetoed: z.boolean(),
  vetoes: z.array(z.object({ ruleKey: z.string(), ruleName: z.string(), source: z.enum(['manual', 'auto']), reason: z.string() })),
  rank: z.number().nullable(),
  tied: z.boolean(),
  groupSize: z.number(),
  rankRule: z.string(),
  previous: z.object({ total: z.number().nullable(), rank: z.number().nullable() }).nullable(),
  complete: z.boolean(),
  /** How totals are computed and rounded, in words. */
  roundingRule: z.string(),
  missingRule: z.enum(['average_present', 'zero', 'block']),
  components: z.array(
    z.object({
      key: z.string(), name: z.string(), weight: z.number(), exact: z.string(), score: z.number(), weighted: z.string(),
      categories: z.array(z.object({ key: z.string(), name: z.string(), exact: z.string(), score: z.number(), indicators: z.array(indicatorTrace) })),
    }),
  ),
  /** True when read from the published snapshot rather than computed from live inputs. */
  frozen: z.boolean(),
});

export const problemOutput = z.object({
  id: z.string(),
  orgUnit: unitRef,
  indicatorKey: z.string().nullable(),
  indicatorName: z.string().nullable(),
  source: z.enum(['manual', 'deduction', 'veto']),
  description: z.string(),
  requirement: z.string().nullable(),
  task: z.object({ id: z.string(), serial: z.string(), status: z.string() }).nullable(),
  createdAt: isoDate,
});

export const planMutationOutput = z.object({ planId: z.string(), versionId: z.string(), versionNumber: z.number(), newVersion: z.boolean(), status: planStatus });
export const computeOutput = z.object({ versionId: z.string(), units: z.number(), complete: z.number(), computedAt: isoDate, ms: z.number() });
