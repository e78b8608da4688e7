import { DomainError, type DomainErrorCode } from '@duban/core';
import type { Bilingual } from './bilingual.ts';

/**
 * A domain error a plugin throws, in both languages: the message is zh-CN (as every server
 * message), the English travels as a parameter that `useErrorMessage` (plugin-sdk/web) shows to
 * users who switched to English. `throw pluginError('BAD_REQUEST', { zh: '…', en: '…' })`.
 */
export function pluginError(code: DomainErrorCode, message: Bilingual): DomainError {
  return new DomainError(code, 'errors.plugin', message.zh, { zh: message.zh, en: message.en });
}
