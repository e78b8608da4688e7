import type { Prisma } from '@duban/db';
import { allItems } from './checklist-template.ts';
import type { ItemResult } from './checklist-evaluate.ts';
import { versionTemplate } from './template-service.ts';
import { visibleVisitsWhere, type VisitViewer } from './visibility.ts';

type Tx = Prisma.TransactionClient;

export interface RepeatRule {
  /** Failures of the same item that make a repeat offender (default 2). */
  failures: number;
  /** Within this many days before now (default 365). */
  withinDays: number;
}

/**
 * C7: the inspection history of one register row — the visits about it that the viewer may see
 * (三不准: an unannounced visit stays hidden until it starts, exactly as in the visit lists; the
 * same predicate, visibility.ts), their records (latest correction only) and findings with their
 * rectification items, and the items failed often enough to make the row a repeat offender.
 */
export async function subjectInspections(db: Tx, countyId: string, subject: { entity: string; id: string }, viewer: VisitViewer, now: Date, repeat: Partial<RepeatRule> = {}) {
  const rule: RepeatRule = { failures: repeat.failures ?? 2, withinDays: repeat.withinDays ?? 365 };
  const visits = await db.inspectionVisit.findMany({
    where: { countyId, subjectEntity: subject.entity, subjectId: subject.id, AND: [visibleVisitsWhere(viewer, now)] },
    include: {
      group: { select: { name: true } },
      records: { where: { correctedBy: { is: null } }, include: { templateVersion: { select: { definition: true } } }, orderBy: { capturedAt: 'desc' } },
      findings: { include: { task: { select: { id: true, serial: true, status: true, deadline: true, title: true } } }, orderBy: { createdAt: 'desc' } },
    },
    orderBy: { windowStart: 'desc' },
    take: 200,
  });

  const since = now.getTime() - rule.withinDays * 86_400_000;
  const failures = new Map<string, { itemKey: string; label: { zh: string; en: string }; count: number; last: Date }>();
  const records = visits.flatMap((v) =>
    v.records.map((r) => {
      const template = versionTemplate(r.templateVersion.definition);
      const labels = new Map(allItems(template).map((i) => [i.key, i.label]));
      const failed = Object.entries(r.evaluation as unknown as Record<string, ItemResult>).filter(([, res]) => res.passed === false).map(([key]) => key);
      if (r.capturedAt.getTime() >= since) {
        for (const key of failed) {
          const entry = failures.get(key) ?? { itemKey: key, label: labels.get(key) ?? { zh: key, en: key }, count: 0, last: r.capturedAt };
          entry.count++;
          if (r.capturedAt > entry.last) entry.last = r.capturedAt;
          failures.set(key, entry);
        }
      }
      return {
        id: r.id, visitId: v.id, template: template.name, capturedAt: r.capturedAt, submittedByName: r.submittedByName, passed: r.passed,
        score: Number(r.score), maxScore: Number(r.maxScore), failedItems: failed.map((k) => labels.get(k) ?? { zh: k, en: k }),
      };
    }),
  );
  const findings = visits.flatMap((v) => v.findings.map((f) => ({ id: f.id, visitId: v.id, title: f.title, itemKey: f.itemKey, createdAt: f.createdAt, task: f.task })));
  return {
    visits: visits.map((v) => ({ id: v.id, title: v.title, kind: v.kind, group: v.group.name, status: v.status, windowStart: v.windowStart, windowEnd: v.windowEnd, startedAt: v.startedAt, unannounced: v.unannounced })),
    records,
    findings,
    /** Rectification items not yet closed. */
    openItems: findings.filter((f) => !['closed', 'notified'].includes(f.task.status)).map((f) => f.task),
    repeatOffences: [...failures.values()].filter((f) => f.count >= rule.failures).sort((a, b) => b.count - a.count),
    repeatRule: rule,
  };
}

export type SubjectInspections = Awaited<ReturnType<typeof subjectInspections>>;
