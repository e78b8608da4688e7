import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessments as en } from '../../i18n/en/assessments.ts';
import { assessments as zh } from '../../i18n/zh-CN/assessments.ts';
import { issueCodes } from './plan-editor/validate.ts';
import { planStatuses } from './types.ts';

// Every `assessments.*` key these screens ask for must exist, or the user sees the raw key.
const here = new URL('.', import.meta.url).pathname;
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(p) && !p.endsWith('.test.ts') ? [p] : [];
  });
}
const lookup = (dict: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), dict);

describe('assessment screens’ messages', () => {
  const files = sources(here);

  it('every literal key exists in zh-CN and en', () => {
    const missing: string[] = [];
    let found = 0;
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['`](assessments\.[A-Za-z0-9_.]+)['`]/g)) {
        found++;
        if (typeof lookup(zh, m[1]!) !== 'string') missing.push(`zh ${m[1]} (${file})`);
        if (typeof lookup(en, m[1]!) !== 'string') missing.push(`en ${m[1]} (${file})`);
      }
      for (const m of readFileSync(file, 'utf8').matchAll(/`(assessments\.[A-Za-z0-9_.]+)\.\$\{/g)) {
        if (typeof lookup(zh, m[1]!) !== 'object') missing.push(`zh ${m[1]}.* (${file})`);
      }
    }
    expect(missing).toEqual([]);
    // The scan itself must have found the screens' keys (a broken pattern would pass vacuously).
    expect(found).toBeGreaterThan(200);
  });

  it('names every status, method and issue the API and the checks can produce', () => {
    for (const s of planStatuses) expect(zh.assessments.status[s]).toBeTruthy();
    expect(Object.keys(zh.assessments.method).sort()).toEqual(['bonus', 'deduction', 'formula', 'manual']);
    expect(Object.keys(zh.assessments.missingHint).sort()).toEqual(['average_present', 'block', 'zero']);
    for (const code of issueCodes) {
      expect(zh.assessments.issues[code]).toBeTruthy();
      expect(en.assessments.issues[code]).toBeTruthy();
    }
  });
});
