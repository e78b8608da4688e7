import type { Prisma } from '@duban/db';
import type { z } from 'zod';
import type { listKeyWorkInput } from '../../schemas/index.ts';
import { rollUpKeyWork } from '@duban/core';

const STALE_DAYS = 30;
const unitSelect = { select: { id: true, name: true, path: true } } as const;

/**
 * Key work the caller sees — led by a unit in their scopes or assisted by one — with targets
 * rolled up and items without progress for a month flagged (月重点工作安排、月底对照检查). The
 * list page and its Excel export share it, so the export holds exactly what the list shows.
 */
export async function listKeyWork(db: Prisma.TransactionClient, countyId: string, roots: string[], input: z.infer<typeof listKeyWorkInput>, now = Date.now()) {
  const where = { countyId, ...(input.year ? { year: input.year } : {}) };
  const [all, assists] = await Promise.all([
    db.keyWork.findMany({
      where,
      include: { targets: true, progress: true, leadUnit: unitSelect, responsiblePerson: { select: { id: true, name: true, phone: true, orgUnitId: true } } },
      orderBy: { deadline: 'asc' },
    }),
    db.keyWorkAssist.findMany({ where: { countyId, keyWork: where }, include: { orgUnit: unitSelect } }),
  ]);
  const assisting = new Map<string, (typeof assists)[number]['orgUnit'][]>();
  for (const a of assists) assisting.set(a.keyWorkId, [...(assisting.get(a.keyWorkId) ?? []), a.orgUnit]);
  const within = (path: string) => roots.some((r) => path.startsWith(r));
  const visible = all.filter((k) => within(k.leadUnit.path) || (assisting.get(k.id) ?? []).some((u) => within(u.path)));
  const rolled = rollUpKeyWork(all);
  const lastOf = new Map<string, number>();
  for (const k of all) {
    const own = Math.max(0, ...k.progress.map((p) => p.reportedAt.getTime()));
    lastOf.set(k.id, Math.max(lastOf.get(k.id) ?? 0, own));
    // A part's report is progress of its parent too.
    if (k.parentId) lastOf.set(k.parentId, Math.max(lastOf.get(k.parentId) ?? 0, own));
  }
  const search = input.search?.toLowerCase();
  return visible
    .map((k) => {
      const last = lastOf.get(k.id) ?? 0;
      return {
        id: k.id, parentId: k.parentId, title: k.title, description: k.description, source: k.source, documentNo: k.documentNo, year: k.year,
        deadline: k.deadline, leadUnit: k.leadUnit, assisting: assisting.get(k.id) ?? [], responsiblePerson: k.responsiblePerson,
        targets: rolled.get(k.id) ?? [], lastProgressAt: last ? new Date(last) : null,
        stale: now - (last || k.createdAt.getTime()) > STALE_DAYS * 86_400_000,
      };
    })
    .filter((k) => !search || k.title.toLowerCase().includes(search) || (k.documentNo ?? '').toLowerCase().includes(search))
    .filter((k) => !input.stale || k.stale);
}

export type KeyWorkListRow = Awaited<ReturnType<typeof listKeyWork>>[number];
