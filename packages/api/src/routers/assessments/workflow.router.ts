// The plan's workflow: start → scoring → compute → review → approve → publish, and corrections.
import type { TRPCRouterRecord } from '@trpc/server';
import {
  approveAssessmentPlan, computeAssessmentResults, correctAssessmentPlan, currentPlanVersion, getAssessmentPlan, publishAssessmentPlan,
  startAssessmentPlan, submitAssessmentForReview, transitionAssessmentPlan, badRequest, type AssessmentPlanConfig,
} from '@duban/core';
import type { AssessmentPlan, Prisma } from '@duban/db';
import { procedure } from '../../procedures.ts';
import { computeOutput, assessmentPlanIdInput, planMutationOutput, reasonInput } from '../../schemas/index.ts';
import { mutationResult } from './views.ts';

const byPlan = { entity: 'assessmentPlan', field: 'planId' } as const;
const actorOf = (ctx: { actor: { userId: string; name: string } | null }) => ({ userId: ctx.actor?.userId ?? null, name: ctx.actor?.name ?? null });
const planRef = (p: AssessmentPlan) => ({ countyId: p.countyId, id: p.id, periodStart: p.periodStart, periodEnd: p.periodEnd, previousPlanId: p.previousPlanId });

async function compute(db: Prisma.TransactionClient, plan: AssessmentPlan, now: Date) {
  const version = await currentPlanVersion(db, plan.countyId, plan.id);
  return { version, ...(await computeAssessmentResults(db, planRef(plan), { id: version.id, config: version.config as AssessmentPlanConfig }, now)) };
}

export const workflowProcedures = {
  /** 启动考核: units may now submit self-checks. */
  start: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version } = await startAssessmentPlan(ctx.db, before);
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status }, detail: 'start' });
      return mutationResult(plan, version);
    }),

  /** 开始评分: the panel may score (late self-checks are still accepted). */
  openScoring: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version } = await transitionAssessmentPlan(ctx.db, before, 'openScoring');
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status }, detail: 'openScoring' });
      return mutationResult(plan, version);
    }),

  /** Recomputes the current version's results now (metric snapshot, automatic vetoes, roll-up). */
  compute: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(computeOutput)
    .mutation(async ({ ctx, input }) => {
      const plan = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      if (plan.status !== 'scoring' && plan.status !== 'review') throw badRequest('errors.assessment.computeState', '只有评分或审核阶段可以计算结果');
      const r = await compute(ctx.db, plan, ctx.clock?.() ?? new Date());
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, after: { version: r.version.number, units: r.units, complete: r.complete }, detail: 'computed' });
      return { versionId: r.version.id, units: r.units, complete: r.complete, computedAt: r.computedAt.toISOString(), ms: r.ms };
    }),

  submitForReview: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version } = await submitAssessmentForReview(ctx.db, before, () => compute(ctx.db, before, ctx.clock?.() ?? new Date()));
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status, version: version.number }, detail: 'submitForReview' });
      return mutationResult(plan, version);
    }),

  returnToScoring: procedure
    .meta({ permission: 'core.assessment.approve', scope: byPlan })
    .input(reasonInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version } = await transitionAssessmentPlan(ctx.db, before, 'returnToScoring');
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status }, detail: `returned: ${input.reason}` });
      return mutationResult(plan, version);
    }),

  approve: procedure
    .meta({ permission: 'core.assessment.approve', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version } = await approveAssessmentPlan(ctx.db, before, actorOf(ctx), ctx.clock?.() ?? new Date());
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status, version: version.number }, detail: 'approve' });
      return mutationResult(plan, version);
    }),

  /** 发布: results and explanations frozen; deductions and vetoes listed as problems to rectify. */
  publish: procedure
    .meta({ permission: 'core.assessment.approve', scope: byPlan })
    .input(assessmentPlanIdInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version, problems } = await publishAssessmentPlan(ctx.db, before, actorOf(ctx), ctx.clock?.() ?? new Date());
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status, version: version.number, problems }, detail: 'publish' });
      return mutationResult(plan, version);
    }),

  /** 更正: a new version with a reason; the published one stays as it was. */
  correct: procedure
    .meta({ permission: 'core.assessment.manage', scope: byPlan })
    .input(reasonInput)
    .output(planMutationOutput)
    .mutation(async ({ ctx, input }) => {
      const before = await getAssessmentPlan(ctx.db, ctx.authz.target!.countyId, input.planId);
      const { plan, version } = await correctAssessmentPlan(ctx.db, before, input.reason, actorOf(ctx));
      await ctx.audit({ entityType: 'assessmentPlan', entityId: plan.id, orgUnitId: plan.ownerUnitId, before: { status: before.status }, after: { status: plan.status, version: version.number }, detail: `correction: ${input.reason}` });
      return mutationResult(plan, version, true);
    }),
} satisfies TRPCRouterRecord;
