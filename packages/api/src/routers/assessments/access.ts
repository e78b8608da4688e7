// Who sees and does what in a plan, beyond the permission check of the procedure itself.
import type { AssessmentStatus } from '@duban/core';
import { allowedAssessmentTransitions, assessmentConfigEditable, assessmentInputsEditable } from '@duban/core';
import type { Authorization } from '../../authz/authorize.ts';
import type { Context } from '../../context.ts';

type Ctx = Pick<Context, 'actor'> & { authz: Authorization };

/** Read roots of the caller for assessments (view scopes of roles granting core.assessment.read). */
export function readRoots(ctx: Ctx): string[] {
  const actor = ctx.actor;
  if (!actor) return [];
  return actor.grants.filter((g) => g.countyId === actor.countyId && g.permissions.includes('core.assessment.read')).map((g) => g.viewPath);
}

export const within = (path: string, roots: string[]) => roots.some((r) => path.startsWith(r));

/**
 * A unit's row is visible when the unit lies in the caller's read scope, and — before the
 * version is published — only to those who may read at the plan's owner unit (the organisers).
 */
export function rowVisibility(ctx: Ctx, ownerPath: string) {
  const roots = readRoots(ctx);
  const organiser = ctx.authz.has('core.assessment.read', ownerPath);
  return { roots, organiser, visible: (unitPath: string, published: boolean) => within(unitPath, roots) && (published || organiser) };
}

export type PlanAction =
  | 'edit' | 'delete' | 'setAssessors' | 'start' | 'openScoring' | 'compute' | 'submitForReview'
  | 'returnToScoring' | 'approve' | 'publish' | 'correct' | 'score' | 'veto';

/** The buttons the plan page should offer this caller now. */
export function planActions(ctx: Ctx, plan: { status: AssessmentStatus; ownerPath: string; assessorIds: string[] }): PlanAction[] {
  const can = (p: string) => ctx.authz.has(p, plan.ownerPath);
  const out: PlanAction[] = [];
  const moves = allowedAssessmentTransitions(plan.status);
  if (can('core.assessment.manage')) {
    if (assessmentConfigEditable(plan.status)) out.push('edit');
    if (plan.status === 'draft') out.push('delete');
    if (plan.status !== 'published') out.push('setAssessors');
    for (const m of ['start', 'openScoring', 'submitForReview', 'correct'] as const) if (moves.includes(m)) out.push(m);
    if (plan.status === 'scoring' || plan.status === 'review') out.push('compute');
  }
  if (can('core.assessment.approve')) for (const m of ['returnToScoring', 'approve', 'publish'] as const) if (moves.includes(m)) out.push(m);
  if (assessmentInputsEditable(plan.status) && can('core.assessment.score') && ctx.actor && plan.assessorIds.includes(ctx.actor.userId)) out.push('score');
  if (assessmentInputsEditable(plan.status) && can('core.assessment.veto')) out.push('veto');
  return out;
}
