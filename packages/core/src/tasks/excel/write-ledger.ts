import { newId, type Prisma } from '@duban/db';
import { chunks, type ProgressSink } from '../../excel/index.ts';
import { lockCounty, reserveSerials, type Actor } from '../task-service.ts';
import type { TaskDraft } from './check-ledger.ts';

type Tx = Prisma.TransactionClient;

/**
 * 交办 for a whole checked ledger at once: what handOver does per item (the item, its assisting
 * units, its first timeline entry, the responsible unit's notice), in set-based inserts with
 * serials reserved in one go under the county lock.
 */
export async function insertTasks(db: Tx, countyId: string, drafts: readonly TaskDraft[], actor: Actor, now = new Date(), progress?: ProgressSink) {
  await lockCounty(db, countyId);
  const serials = await reserveSerials(db, countyId, now.getFullYear(), drafts.length);
  const ids = drafts.map(() => newId());
  const tasks: Prisma.TaskCreateManyInput[] = drafts.map((d, i) => ({
    countyId, id: ids[i]!, serial: serials[i]!, kind: d.kind, title: d.title, description: d.description, supervisingUnitId: d.supervisingUnitId,
    responsibleUnitId: d.responsibleUnitId, responsiblePersonId: d.responsiblePersonId, deadline: d.deadline, proposer: d.proposer,
    proposerPhone: d.proposerPhone, createdById: actor.userId, createdAt: now,
  }));
  const assists: Prisma.TaskAssistCreateManyInput[] = drafts.flatMap((d, i) => d.assistingUnitIds.map((orgUnitId) => ({ countyId, taskId: ids[i]!, orgUnitId })));
  const events: Prisma.TaskEventCreateManyInput[] = drafts.map((_, i) => ({
    countyId, id: newId(), taskId: ids[i]!, action: 'handOver', toStatus: 'handed_over', note: '台账导入', actorUserId: actor.userId, actorName: actor.name, at: now,
  }));
  const notices: Prisma.NotificationCreateManyInput[] = drafts.map((d, i) => ({
    countyId, id: newId(), orgUnitId: d.responsibleUnitId, taskId: ids[i]!, title: `新交办事项:${d.title}`, body: `${serials[i]},请于期限内签收办理`, createdAt: now,
  }));

  const total = tasks.length + assists.length + events.length + notices.length;
  let done = 0;
  progress?.({ phase: 'write', done, total });
  const write = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
    for (const batch of chunks(rows)) {
      await insert(batch);
      progress?.({ phase: 'write', done: (done += batch.length), total });
    }
  };
  await write(tasks, (data) => db.task.createMany({ data }));
  await write(assists, (data) => db.taskAssist.createMany({ data }));
  await write(events, (data) => db.taskEvent.createMany({ data }));
  await write(notices, (data) => db.notification.createMany({ data }));
  return { ids, serials, tasks: tasks.length };
}
