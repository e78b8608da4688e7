import { TRPCClientError } from '@trpc/client';
import type { TFunction } from 'i18next';

export type ApiErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | string;

export interface ZodIssueData {
  path: string[];
  message: string;
  code: string;
  /** A shared rule's custom issue: its error key and parameters, translated by the form. */
  params?: Record<string, unknown>;
}

/** The `data` the server's error formatter adds (packages/api/src/trpc.ts). */
interface ApiErrorData {
  code?: ApiErrorCode;
  httpStatus?: number;
  zodIssues?: ZodIssueData[];
  key?: string;
  params?: Record<string, string | number>;
}

function dataOf(error: unknown): ApiErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  return (error.data ?? undefined) as ApiErrorData | undefined;
}

export const errorCode = (error: unknown): ApiErrorCode | undefined => dataOf(error)?.code;
export const isUnauthorized = (error: unknown) => errorCode(error) === 'UNAUTHORIZED';
export const zodIssuesOf = (error: unknown): ZodIssueData[] => dataOf(error)?.zodIssues ?? [];

/** A request that never reached the server has no data (fetch failed, server down). */
const isNetworkFailure = (error: unknown) => error instanceof TRPCClientError && !error.data && /fetch|network/i.test(error.message);

/**
 * Params that name a value of an enum, by the error key's area: param → the dictionary that words
 * it. `status` is a task's status in errors.task.* but a plan's in errors.assessment.*.
 */
const enumParams: { keyPrefix: string; params: Record<string, string> }[] = [
  { keyPrefix: 'errors.task.', params: { status: 'tasks.status', action: 'tasks.actions' } },
  { keyPrefix: 'errors.assessment.', params: { status: 'assessments.status', from: 'assessments.status', action: 'assessments.actions' } },
];

/** Param values that are enums are shown in the user's language (e.g. levelMismatch, illegalTransition). */
function translateParams(t: TFunction, key: string, params: Record<string, string | number>) {
  const named = enumParams.find((e) => key.startsWith(e.keyPrefix))?.params ?? {};
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (/level$/i.test(name) && typeof value === 'string') out[name] = t(`levels.${value}`, { defaultValue: value });
    else if (name === 'entity' && typeof value === 'string') out[name] = t(`entities.${value}`, { defaultValue: value });
    else if (named[name] && typeof value === 'string') out[name] = t(`${named[name]}.${value}`, { defaultValue: value });
    else out[name] = value;
  }
  return out;
}

/**
 * The message to show for a failed request: the translation of the server's error key when this
 * app knows it, else the server's own message (always readable zh-CN), else a generic one.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const data = dataOf(error);
  if (data?.key && t(data.key, { defaultValue: '' })) {
    return t(data.key, translateParams(t, data.key, data.params ?? {}));
  }
  if (isNetworkFailure(error)) return t('errors.network');
  // An unexpected server failure's message is for the log, not for the user.
  if (data?.code === 'INTERNAL_SERVER_ERROR') return t('errors.unknown');
  if (data?.zodIssues?.length) return data.zodIssues[0]!.message;
  if (error instanceof Error && error.message) return error.message;
  return t('errors.unknown');
}
