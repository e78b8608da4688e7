import { newId, type Prisma } from '@duban/db';
import { chunks, type ProgressSink } from '../../excel/index.ts';
import type { KeyWorkDraft } from './check-key-work.ts';
import { defaultTargetSemantics } from '../key-work-rollup.ts';

type Tx = Prisma.TransactionClient;

/**
 * Writes checked key work in a handful of set-based inserts (parents before their parts, so the
 * tree's foreign keys hold batch by batch). Runs inside the caller's transaction: a failure
 * anywhere leaves nothing behind.
 */
export async function insertKeyWorks(db: Tx, countyId: string, drafts: readonly KeyWorkDraft[], progress?: ProgressSink) {
  const ids = drafts.map(() => newId());
  const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.depth - b.d.depth);
  const rows: Prisma.KeyWorkCreateManyInput[] = order.map(({ d, i }) => ({
    countyId, id: ids[i]!, parentId: d.parent === null ? null : ids[d.parent]!, title: d.title, description: d.description, source: d.source,
    documentNo: d.documentNo, year: d.year, leadUnitId: d.leadUnitId, responsiblePersonId: d.responsiblePersonId, deadline: d.deadline,
  }));
  const targets: Prisma.KeyWorkTargetCreateManyInput[] = drafts.flatMap((d, i) =>
    d.targets.map((t, sortOrder) => ({ countyId, id: newId(), keyWorkId: ids[i]!, metric: t.metric, unit: t.unit, targetValue: t.targetValue, ...defaultTargetSemantics(t.unit, t.targetValue), sortOrder })),
  );
  const assists: Prisma.KeyWorkAssistCreateManyInput[] = drafts.flatMap((d, i) => d.assistingUnitIds.map((orgUnitId) => ({ countyId, keyWorkId: ids[i]!, orgUnitId })));

  const total = rows.length + targets.length + assists.length;
  let done = 0;
  progress?.({ phase: 'write', done, total });
  for (const batch of chunks(rows)) {
    await db.keyWork.createMany({ data: batch });
    progress?.({ phase: 'write', done: (done += batch.length), total });
  }
  for (const batch of chunks(targets)) {
    await db.keyWorkTarget.createMany({ data: batch });
    progress?.({ phase: 'write', done: (done += batch.length), total });
  }
  for (const batch of chunks(assists)) {
    await db.keyWorkAssist.createMany({ data: batch });
    progress?.({ phase: 'write', done: (done += batch.length), total });
  }
  return { ids, keyWorks: rows.length, parts: drafts.filter((d) => d.parent !== null).length, targets: targets.length };
}
