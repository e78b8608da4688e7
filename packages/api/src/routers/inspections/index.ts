import type { TRPCRouterRecord } from '@trpc/server';
import { findingsRouter } from './findings.router.ts';
import { groupsRouter } from './groups.router.ts';
import { recordsRouter } from './records.router.ts';
import { rotationRouter } from './rotation.router.ts';
import { templatesRouter } from './templates.router.ts';
import { visitsRouter } from './visits.router.ts';

/**
 * 督查 (inspections), one flat namespace so that offline clients can name a procedure
 * (`inspection.submitRecord`) without knowing how the server files it.
 */
export const inspectionRouter = {
  ...groupsRouter,
  ...rotationRouter,
  ...visitsRouter,
  ...templatesRouter,
  ...recordsRouter,
  ...findingsRouter,
} satisfies TRPCRouterRecord;
