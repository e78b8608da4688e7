/**
 * An expected failure of a domain rule. The API layer maps `code` to an HTTP/tRPC status; the web
 * app translates `key` (with `params`) and falls back to `message`, which is always zh-CN.
 */
export type DomainErrorCode = 'BAD_REQUEST' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly key: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string, id: string) =>
  new DomainError('NOT_FOUND', 'errors.notFound', `未找到${entity}(${id})`, { entity, id });

export const conflict = (key: string, message: string, params?: Record<string, string | number>) =>
  new DomainError('CONFLICT', key, message, params);

export const badRequest = (key: string, message: string, params?: Record<string, string | number>) =>
  new DomainError('BAD_REQUEST', key, message, params);
