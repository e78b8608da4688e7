// How the matrix reads the end of a call. "Reached the handler" is proven by the call itself, not by
// a mock: it returned, or it failed with a DomainError — which only core services and handlers
// raise (the authorisation middleware's own refusals are recognised and set apart).
import { TRPCError } from '@trpc/server';
import { DomainError } from '@duban/core';
import { ZodError } from 'zod';
import { AccessDenied, stoppedByMiddleware } from '../../authz/authorize.ts';

export type Outcome =
  | { kind: 'ok'; output: unknown }
  /** Refused by the authorisation middleware before the handler (or not signed in). */
  | { kind: 'denied'; message: string }
  /** A domain-level refusal raised from inside the handler (or a core service it called). */
  | { kind: 'refused'; key: string; message: string }
  /** A 500. */
  | { kind: 'crashed'; message: string }
  /** Any other error before the handler: input validation, record not found by the middleware … */
  | { kind: 'stopped'; code: string; message: string };

/**
 * What stops a call before its handler besides a denial: the input schema (a ZodError) and the
 * middleware's own errors (authorize.ts: CSRF, the scope field missing, its record not found).
 */
const beforeHandler = /^(请求校验失败\(CSRF\)|缺少或无效的 |未找到记录\(|procedure .* declares|no scope resolver)/;

/** Reasons the middleware gives (authorize.ts); assertAllowed's "second unit" is a handler's refusal. */
const middlewareReason = /another county|not granted at the target unit|is not enabled for the target unit/;

export function outcomeOf(error: unknown): Outcome {
  if (!(error instanceof TRPCError)) return { kind: 'crashed', message: String((error as Error)?.stack ?? error) };
  const cause = error.cause;
  if (error.code === 'UNAUTHORIZED') return { kind: 'denied', message: error.message };
  if (cause instanceof AccessDenied && middlewareReason.test(String(cause.params?.reason ?? ''))) return { kind: 'denied', message: `${error.message} (${String(cause.params?.reason)})` };
  if (error.code === 'INTERNAL_SERVER_ERROR') return { kind: 'crashed', message: `${error.message}${cause ? `\n${(cause as Error).stack ?? ''}` : ''}`.slice(0, 1500) };
  if (stoppedByMiddleware.has(error)) return { kind: 'stopped', code: error.code, message: error.message };
  if (cause instanceof DomainError) return { kind: 'refused', key: cause.key, message: cause.message };
  if (cause instanceof ZodError || beforeHandler.test(error.message)) return { kind: 'stopped', code: error.code, message: error.message.slice(0, 500) };
  // A TRPCError a handler threw itself (e.g. "当前密码不正确").
  return { kind: 'refused', key: error.code, message: error.message };
}

export const reachedHandler = (o: Outcome) => o.kind === 'ok' || o.kind === 'refused';
