import { TRPCError } from '@trpc/server';
import { statusNames, taskNoticePdf } from '@duban/core';
import { z } from 'zod';
import { procedure } from '../../procedures.ts';
import { fileOutput, id } from '../../schemas/index.ts';

const DAY = 86_400_000;

/**
 * 督办单 / 催办函 of one item as a PDF 公文 (文号 = the item's serial). A 催办函 only for an item past
 * its deadline and still with the responsible unit.
 */
export const noticePdfProcedure = procedure
  .meta({ permission: 'core.task.read', scope: { entity: 'task', field: 'taskId' } })
  .input(z.object({ taskId: id, kind: z.enum(['notice', 'reminder']) }))
  .output(fileOutput)
  .query(async ({ ctx, input }) => {
    const countyId = ctx.authz.target!.countyId;
    const task = await ctx.db.task.findUniqueOrThrow({
      where: { countyId_id: { countyId, id: input.taskId } },
      include: { responsibleUnit: { select: { name: true } }, supervisingUnit: { select: { name: true } }, assisting: { include: { orgUnit: { select: { name: true } } } } },
    });
    const now = new Date();
    const overdue = ['handed_over', 'signed', 'rectifying'].includes(task.status) && task.deadline < now;
    if (input.kind === 'reminder' && !overdue) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: '该事项未逾期，无需催办' });
    }
    const pdf = await taskNoticePdf({
      kind: input.kind, serial: task.serial, title: task.title, description: task.description,
      supervisingUnit: task.supervisingUnit.name, responsibleUnit: task.responsibleUnit.name, assistingUnits: task.assisting.map((a) => a.orgUnit.name),
      deadline: task.deadline, createdAt: task.createdAt, listedLeader: task.escalation === 'listed' ? task.listedLeader : null,
      daysOverdue: Math.floor((now.getTime() - task.deadline.getTime()) / DAY), statusName: statusNames[task.status],
    }, now);
    return { fileName: `${input.kind === 'reminder' ? '催办函' : '督办单'}-${task.serial}.pdf`, fileBase64: pdf.toString('base64') };
  });
