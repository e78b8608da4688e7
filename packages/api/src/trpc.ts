// The one place tRPC is initialised (STYLE.md §1). Plugins build on the procedures exported here.
import { initTRPC, TRPCError } from '@trpc/server';
import { DomainError } from '@duban/core';
import { z } from 'zod';
import type { Context } from './context.ts';
import type { ProcedureMeta } from './authz/meta.ts';

// Server-side validation messages are zh-CN; the web app validates with the same schemas in the
// user's language before a request is sent.
z.config(z.locales.zhCN());

export const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      return {
        ...shape,
        data: {
          ...shape.data,
          stack: undefined,
          // Field-level messages for forms: path → messages.
          zodIssues: cause instanceof z.ZodError ? cause.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })) : undefined,
          key: cause instanceof DomainError ? cause.key : undefined,
          params: cause instanceof DomainError ? cause.params : undefined,
        },
      };
    },
  });

/** Maps domain errors thrown by core services to tRPC errors (and so to HTTP statuses). */
export const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
