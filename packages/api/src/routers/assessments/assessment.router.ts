// 考核 (issue 6): plans, self-checks, scoring, the workflow, results, explanations and the 通报.
// The contract (inputs and outputs) lives in schemas/assessments/.
import type { TRPCRouterRecord } from '@trpc/server';
import './scopes.ts';
import './sources.ts';
import { planProcedures } from './plans.router.ts';
import { resultProcedures } from './results.router.ts';
import { scoringProcedures } from './scoring.router.ts';
import { selfCheckProcedures } from './self-check.router.ts';
import { workflowProcedures } from './workflow.router.ts';

export const assessmentRouter = {
  ...planProcedures,
  ...workflowProcedures,
  ...selfCheckProcedures,
  ...scoringProcedures,
  ...resultProcedures,
} satisfies TRPCRouterRecord;
