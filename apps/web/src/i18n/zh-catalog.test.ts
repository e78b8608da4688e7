import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN.ts';

// The zh-CN catalog reads as Chinese: full-width punctuation beside Chinese text, and no internal
// identifiers (module ids, template keys, procedure names) where a user expects words.

/** Every string of the catalog with its key path. */
function leaves(node: unknown, path: string[] = []): [string, string][] {
  if (typeof node === 'string') return [[path.join('.'), node]];
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

const CJK = '\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
/** ASCII , ; : ( ) right after or right before a Chinese character or full-width mark. */
const asciiPunctuation = new RegExp(`[${CJK}][,;:()]|[,;:()][${CJK}]`);
/** A dotted or hyphenated lower-case identifier (core.township-annual, food-safety, job.task-escalation). */
const identifier = /(?<![\w{.])[a-z][a-zA-Z0-9]*(?:[.-][a-z][a-zA-Z0-9]*)+(?![\w}])/;
/** Words allowed inside Chinese text: file types, commands and names a user types or sees elsewhere. */
const allowed = /apt-get|fonts-noto-cjk|\.xlsx|\.xls|e\.g\./;

const entries = leaves(zhCN);

describe('the zh-CN catalog', () => {
  it('is read whole', () => {
    expect(entries.length).toBeGreaterThan(1000);
  });

  it('uses full-width punctuation beside Chinese text', () => {
    const bad = entries.filter(([, text]) => asciiPunctuation.test(text.replace(/\{\{[^}]*\}\}/g, 'x')));
    expect(bad.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('shows no internal identifiers', () => {
    const bad = entries.filter(([, text]) => identifier.test(text.replace(allowed, '').replace(/\{\{[^}]*\}\}/g, '')));
    expect(bad.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
