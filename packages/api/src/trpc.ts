// The one place tRPC is initialised (STYLE.md §1). Plugins build on the procedures exported here.
import { randomUUID } from 'node:crypto';
import { initTRPC, TRPCError } from '@trpc/server';
import { DomainError } from '@duban/core';
import { z } from 'zod';
import type { Context } from './context.ts';
import { assertNoControlCharacters } from './input-guards.ts';
import type { ProcedureMeta } from './authz/meta.ts';

// Server-side validation messages are zh-CN; the web app validates with the same schemas in the
// user's language before a request is sent.
z.config(z.locales.zhCN());

export const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    errorFormatter({ shape, error, ctx, path }) {
      const cause = error.cause;
      // A 500 carries an id the server logged with the details, never the details themselves
      // (F5: Prisma's message disclosed source paths, code lines and constraint names).
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        const errorId = randomUUID();
        ctx?.log.error({ err: error, errorId, path }, 'internal error');
        return { ...shape, message: `服务器内部错误，请稍后重试（错误编号 ${errorId}） / Internal server error (error id ${errorId})`, data: { ...shape.data, stack: undefined, errorId } };
      }
      return {
        ...shape,
        data: {
          ...shape.data,
          stack: undefined,
          // Field-level messages for forms: path → messages.
          zodIssues: cause instanceof z.ZodError ? cause.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code, params: i.code === 'custom' ? i.params : undefined })) : undefined,
          key: cause instanceof DomainError ? cause.key : undefined,
          params: cause instanceof DomainError ? cause.params : undefined,
        },
      };
    },
  });

/** Rejects control characters (NUL …) anywhere in the raw input, before authorisation and schemas run. */
export const noControlCharacters = t.middleware(async ({ getRawInput, next }) => {
  assertNoControlCharacters(await getRawInput());
  return next();
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
