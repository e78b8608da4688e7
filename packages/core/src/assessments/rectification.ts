import type { AssessmentPlan, AssessmentProblem, Prisma } from '@duban/db';
import { badRequest } from '../errors/index.ts';
import { handOver, type Actor } from '../tasks/task-service.ts';

/**
 * A listed problem becomes a rectification item (整改事项) handed over by the plan's organising
 * unit to the assessed unit, through the supervision lifecycle like any other — once.
 */
export async function problemToRectification(
  db: Prisma.TransactionClient,
  plan: AssessmentPlan,
  problem: AssessmentProblem,
  input: { deadline: Date; title?: string; description?: string | null },
  actor: Actor,
) {
  if (problem.taskId) throw badRequest('errors.assessment.problemHandedOver', '该问题已交办整改');
  const short = problem.description.length > 40 ? `${problem.description.slice(0, 40)}…` : problem.description;
  const task = await handOver(db, plan.countyId, {
    kind: 'rectification',
    title: input.title ?? `考核整改:${short}`,
    description: input.description ?? `${plan.name}发现问题:${problem.description}${problem.requirement ? `\n整改要求:${problem.requirement}` : ''}`,
    supervisingUnitId: plan.ownerUnitId,
    responsibleUnitId: problem.orgUnitId,
    deadline: input.deadline,
  }, actor);
  await db.assessmentProblem.update({ where: { countyId_id: { countyId: plan.countyId, id: problem.id } }, data: { taskId: task.id } });
  return task;
}
