import { TRPCClientError } from '@trpc/client';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../api/errors.ts';
import { en } from './en.ts';
import { repoRoot, scanServerErrorKeys, type DynamicKey, type KeyUse } from './server-error-keys.scan.ts';
import { zhCN } from './zh-CN.ts';

// Every translation key the server can put on an error (DomainError in packages/core and
// packages/api) must read in both languages; otherwise api/errors.ts falls back to the server's
// zh-CN message and an English user reads Chinese.

/** Keys built at run time, by their template in the source: where their codes and params are declared. */
const DYNAMIC_KEYS: Record<string, DynamicKey> = {
  // inspections/rotation-service.ts: the generator's refusal (rotation-generator.ts: refuse(code, message, params)).
  'inspections.errors.rotation.${result.refusal.code}': { union: 'RotationRefusalCode', params: { call: 'refuse', codeArg: 0, paramsArg: 2 } },
  // inspections/rotation-service.ts: the first broken rule of an adjustment (rotation-validator.ts: { rule, params }).
  'inspections.errors.rotation.${first.rule}': { union: 'RotationRule', params: { codeProp: 'rule', paramsProp: 'params' } },
  // accounts/passwords.ts: the policy's first objection (password-policy.ts: { reason, params }).
  'errors.password.${problem.reason}': { union: 'PasswordReason', params: { codeProp: 'reason', paramsProp: 'params' } },
};

const scan = scanServerErrorKeys(repoRoot(), DYNAMIC_KEYS);

const lookup = (dict: object, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), dict);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{-?\s*([\w.]+)/g)].map((m) => m[1]!))].sort();

/** Each key once, with every place it is thrown and the params all of those places send (undefined: not known). */
function byKey(uses: KeyUse[]) {
  const keys = new Map<string, { at: string[]; params?: string[]; known: boolean }>();
  for (const use of uses) {
    const entry = keys.get(use.key) ?? { at: [], params: undefined, known: false };
    entry.at.push(use.at);
    if (use.params) {
      entry.params = entry.known ? entry.params!.filter((p) => use.params!.includes(p)) : [...use.params];
      entry.known = true;
    }
    keys.set(use.key, entry);
  }
  return keys;
}
const keys = byKey(scan.uses);

describe('server error keys', () => {
  it('are all found in the server source', () => {
    expect(scan.problems, `the scan could not follow:\n${scan.problems.join('\n')}`).toEqual([]);
    // A broken scan would pass the checks below vacuously: it must see every kind of call site.
    expect(scan.files).toBeGreaterThan(100);
    expect(keys.size).toBeGreaterThan(100);
    for (const key of [
      'errors.task.deadlinePast', // badRequest(key, …)
      'errors.orgUnit.nameTaken', // conflict(key, …)
      'errors.notFound', // notFound(entity, id)
      'errors.orgUnit.archiveRoot', // new DomainError(code, key, …)
      'errors.login.locked', // sessions.ts: fail(code, key, …)
      'errors.assessment.noHandOver', // packages/api
      'inspections.errors.rotation.noPlan', // dynamic: refuse(code, …)
      'inspections.errors.rotation.earlyReturn', // dynamic: { rule, params }
    ]) expect(keys.has(key), key).toBe(true);
    expect(keys.get('errors.login.locked')!.params).toEqual(['minutes']);
    expect(keys.get('inspections.errors.rotation.capacity')!.params?.sort()).toEqual(['count', 'district', 'max', 'stage']);
    expect(scan.entities.map((e) => e.name)).toContain('督查组'); // rotation-service.ts passes it through byId(…, what)
  });

  it('are translated in zh-CN and en', () => {
    const missing: string[] = [];
    for (const [key, { at }] of keys) {
      for (const [language, dict] of [['zh-CN', zhCN], ['en', en]] as const) {
        if (typeof lookup(dict, key) !== 'string') missing.push(`${language} ${key} (${at[0]})`);
      }
    }
    expect(missing, `missing translations of server error keys:\n${missing.join('\n')}`).toEqual([]);
  });

  it('use only the params the server sends, the same in both languages', () => {
    const wrong: string[] = [];
    for (const [key, { at, params, known }] of keys) {
      const zh = lookup(zhCN, key);
      const english = lookup(en, key);
      if (typeof zh !== 'string' || typeof english !== 'string') continue; // reported above
      const zhParams = placeholders(zh);
      const enParams = placeholders(english);
      if (zhParams.join() !== enParams.join()) wrong.push(`${key}: zh-CN uses {{${zhParams.join(', ')}}}, en uses {{${enParams.join(', ')}}}`);
      const unsent = [...new Set([...zhParams, ...enParams])].filter((p) => known && !params!.includes(p));
      if (unsent.length) wrong.push(`${key}: uses {{${unsent.join(', ')}}} but ${at[0]} sends only {${params!.join(', ')}}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('name every entity of a not-found error in both languages', () => {
    const firstSite = new Map(scan.entities.map(({ name, at }) => [name, at] as const).reverse());
    const missing = [...firstSite].flatMap(([name, at]) => ([['zh-CN', zhCN], ['en', en]] as const)
      .filter(([, dict]) => typeof lookup(dict, `entities.${name}`) !== 'string')
      .map(([language]) => `${language} entities.${name} (${at})`));
    expect(missing, `missing entity names:\n${missing.join('\n')}`).toEqual([]);
  });

  it('read in English the way the web app shows them', async () => {
    const t = (await i18next.createInstance().init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } }));
    const failure = (key: string, params: Record<string, string | number>) =>
      new TRPCClientError('服务器的中文消息', { result: { error: { message: '服务器的中文消息', code: -32600, data: { code: 'BAD_REQUEST', key, params } } } });
    const unread: string[] = [];
    for (const [key, { params }] of keys) {
      const shown = errorMessage(failure(key, Object.fromEntries((params ?? []).map((p) => [p, 7]))), t);
      if (/[\u4e00-\u9fff]|\{\{|\$t\(/.test(shown) || shown === key) unread.push(`${key}: ${shown}`);
    }
    expect(unread, unread.join('\n')).toEqual([]);
    // Enum params are named in the user's words, from the dictionary of the error's own area.
    expect(errorMessage(failure('errors.task.illegalTransition', { status: 'closed', action: 'start' }), t)).toBe(
      `This step (${en.tasks.actions.start}) is not allowed while the item is ${en.tasks.status.closed}`);
    expect(errorMessage(failure('errors.notFound', { entity: '督办事项', id: 'x' }), t)).toBe(`${en.entities.督办事项} not found`);
    expect(errorMessage(failure('errors.assessment.badTransition', { from: 'draft', action: 'publish' }), t)).toBe(
      `The plan is at “${en.assessments.status.draft}”: “${en.assessments.actions.publish}” is not possible now`);
  });
});
