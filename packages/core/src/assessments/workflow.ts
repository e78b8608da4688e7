// The plan's workflow: draft → self_check (units submit self-checks with evidence) → scoring
// (assessors score) → review → approved → published; a published plan is corrected by a new
// version with a reason, which takes it back to scoring.
import { badRequest } from '../errors/index.ts';

export type AssessmentStatus = 'draft' | 'self_check' | 'scoring' | 'review' | 'approved' | 'published';
export type AssessmentTransition = 'start' | 'openScoring' | 'submitForReview' | 'returnToScoring' | 'approve' | 'publish' | 'correct';

export const assessmentStatusNames: Record<AssessmentStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  self_check: { zh: '单位自查', en: 'Self-check' },
  scoring: { zh: '考核评分', en: 'Scoring' },
  review: { zh: '审核中', en: 'In review' },
  approved: { zh: '已审定', en: 'Approved' },
  published: { zh: '已发布', en: 'Published' },
};

export const assessmentTransitionNames: Record<AssessmentTransition, string> = {
  start: '启动考核', openScoring: '开始评分', submitForReview: '提交审核', returnToScoring: '退回评分', approve: '审定', publish: '发布', correct: '更正',
};

const rules: Record<AssessmentTransition, { from: AssessmentStatus[]; to: AssessmentStatus }> = {
  start: { from: ['draft'], to: 'self_check' },
  openScoring: { from: ['self_check'], to: 'scoring' },
  submitForReview: { from: ['scoring'], to: 'review' },
  returnToScoring: { from: ['review', 'approved'], to: 'scoring' },
  approve: { from: ['review'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  correct: { from: ['published'], to: 'scoring' },
};

export function nextAssessmentStatus(from: AssessmentStatus, action: AssessmentTransition): AssessmentStatus {
  const rule = rules[action];
  if (!rule.from.includes(from)) {
    throw badRequest('errors.assessment.badTransition', `方案处于「${assessmentStatusNames[from].zh}」状态,不能${assessmentTransitionNames[action]}`, { from, action });
  }
  return rule.to;
}

export const allowedAssessmentTransitions = (from: AssessmentStatus) => (Object.keys(rules) as AssessmentTransition[]).filter((a) => rules[a].from.includes(from));

/** Scores, entries, vetoes: only while scoring (review locks them; publishing freezes them). */
export const assessmentInputsEditable = (status: AssessmentStatus) => status === 'scoring';
/** A unit's self-check: while the self-check or scoring stage runs, until the unit submits it. */
export const assessmentSelfCheckEditable = (status: AssessmentStatus, submittedAt: Date | null) => (status === 'self_check' || status === 'scoring') && submittedAt === null;
/** The configuration: in place in draft; as a new version while self-check or scoring runs. */
export const assessmentConfigEditable = (status: AssessmentStatus) => status === 'draft' || status === 'self_check' || status === 'scoring';

export function assertAssessmentInputsEditable(status: AssessmentStatus) {
  if (!assessmentInputsEditable(status)) throw badRequest('errors.assessment.notScoring', `方案处于「${assessmentStatusNames[status].zh}」状态,不能修改评分`, { status });
}
