// Loads a plan's inputs for a set of units in a fixed number of queries (one per input table),
// with the details an explanation shows: who scored what, entries with their evidence, the
// metric snapshot, vetoes and the unit's self-check.
import type { Prisma } from '@duban/db';
import { Dec } from './decimal.ts';
import type { AssessmentUnitInputs } from './unit-score.ts';

type Tx = Prisma.TransactionClient;

export interface AssessmentEvidenceDetail {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  entryId: string | null;
  indicatorKey: string;
}

export interface AssessmentUnitDetail extends AssessmentUnitInputs {
  assessmentUnitId: string;
  scoreNotes: Map<string, { assessorId: string; note: string | null }[]>;
  entryDetails: Map<string, { id: string; kind: 'deduction' | 'bonus'; count: number; points: Dec; note: string; taskId: string | null; createdAt: Date; evidence: AssessmentEvidenceDetail[] }[]>;
  metricComputedAt: Date | null;
  vetoDetails: { id: string; ruleKey: string; source: 'manual' | 'auto'; reason: string; createdAt: Date }[];
  selfChecks: Map<string, { selfScore: Dec | null; note: string | null; evidence: AssessmentEvidenceDetail[] }>;
}

export interface AssessmentPlanInputs {
  panel: { userId: string; name: string }[];
  units: Map<string, AssessmentUnitDetail>;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export async function loadAssessmentInputs(db: Tx, countyId: string, planId: string, onlyUnits?: string[]): Promise<AssessmentPlanInputs> {
  const unitWhere = onlyUnits ? { orgUnitId: { in: onlyUnits } } : {};
  const base = { countyId, planId };
  const [assessors, units, scores, entries, evidence, metrics, vetoes, selfChecks] = await Promise.all([
    db.assessmentAssessor.findMany({ where: base, include: { user: { include: { person: { select: { name: true } } } } }, orderBy: { user: { username: 'asc' } } }),
    db.assessmentUnit.findMany({ where: { ...base, ...unitWhere }, orderBy: { sortOrder: 'asc' } }),
    db.assessmentScore.findMany({ where: { ...base, ...unitWhere } }),
    db.assessmentEntry.findMany({ where: { ...base, ...unitWhere }, orderBy: { createdAt: 'asc' } }),
    db.assessmentEvidence.findMany({ where: { ...base, ...unitWhere }, orderBy: { uploadedAt: 'asc' } }),
    db.assessmentMetricValue.findMany({ where: { ...base, ...unitWhere } }),
    db.assessmentVeto.findMany({ where: { ...base, ...unitWhere } }),
    db.assessmentSelfCheck.findMany({ where: { ...base, ...unitWhere } }),
  ]);
  const panel = assessors.map((a) => ({ userId: a.userId, name: a.user.person.name }));
  const onPanel = new Set(panel.map((p) => p.userId));
  const out = new Map<string, AssessmentUnitDetail>();
  for (const u of units) {
    out.set(u.orgUnitId, {
      orgUnitId: u.orgUnitId, peerGroup: u.peerGroup, assessmentUnitId: u.id,
      scores: new Map(), entries: new Map(), metrics: new Map(), vetoes: [],
      scoreNotes: new Map(), entryDetails: new Map(), metricComputedAt: null, vetoDetails: [], selfChecks: new Map(),
    });
  }
  const ev = (e: (typeof evidence)[number]): AssessmentEvidenceDetail => ({ id: e.id, fileName: e.fileName, contentType: e.contentType, size: e.size, uploadedAt: e.uploadedAt, entryId: e.entryId, indicatorKey: e.indicatorKey });
  // Scores of people no longer on the panel do not count (and are not shown as counting).
  for (const s of scores) {
    const u = out.get(s.orgUnitId);
    if (!u || !onPanel.has(s.assessorId)) continue;
    push(u.scores, s.indicatorKey, { assessorId: s.assessorId, score: Dec.of(s.score) });
    push(u.scoreNotes, s.indicatorKey, { assessorId: s.assessorId, note: s.note });
  }
  for (const e of entries) {
    const u = out.get(e.orgUnitId);
    if (!u) continue;
    push(u.entries, e.indicatorKey, { kind: e.kind, count: e.count, points: Dec.of(e.points) });
    push(u.entryDetails, e.indicatorKey, {
      id: e.id, kind: e.kind, count: e.count, points: Dec.of(e.points), note: e.note, taskId: e.taskId, createdAt: e.createdAt,
      evidence: evidence.filter((x) => x.entryId === e.id).map(ev),
    });
  }
  for (const m of metrics) {
    const u = out.get(m.orgUnitId);
    if (!u) continue;
    u.metrics.set(m.metricKey, m.value === null ? null : Dec.of(m.value));
    u.metricComputedAt = m.computedAt;
  }
  for (const v of vetoes) {
    const u = out.get(v.orgUnitId);
    if (!u) continue;
    u.vetoes.push({ id: v.id, ruleKey: v.ruleKey, reason: v.reason, createdAt: v.createdAt });
    u.vetoDetails.push({ id: v.id, ruleKey: v.ruleKey, source: v.source, reason: v.reason, createdAt: v.createdAt });
  }
  for (const c of selfChecks) {
    out.get(c.orgUnitId)?.selfChecks.set(c.indicatorKey, { selfScore: c.selfScore === null ? null : Dec.of(c.selfScore), note: c.note, evidence: [] });
  }
  for (const e of evidence) {
    if (e.entryId) continue;
    const u = out.get(e.orgUnitId);
    if (!u) continue;
    const sc = u.selfChecks.get(e.indicatorKey) ?? { selfScore: null, note: null, evidence: [] };
    sc.evidence.push(ev(e));
    u.selfChecks.set(e.indicatorKey, sc);
  }
  // Each item's scores in panel order, so explanations read the same every time.
  const order = new Map(panel.map((p, i) => [p.userId, i]));
  for (const u of out.values()) for (const list of u.scores.values()) list.sort((a, b) => order.get(a.assessorId)! - order.get(b.assessorId)!);
  return { panel, units: out };
}
