import { describe, expect, it } from 'vitest';
import { answerProblems, normaliseAnswers, surveyQuestions } from './questions.ts';
import { drawSample } from './callbacks.ts';
import { requiredVillages } from './settings.ts';
import { localPeriod } from './period.ts';

const questions = surveyQuestions.parse([
  { key: 'aware', label: '是否知晓政策', type: 'yes_no' },
  { key: 'measures', label: '采取了哪些措施', type: 'choice', options: ['喷药', '套袋', '清园'], multiple: true },
  { key: 'channel', label: '从哪里得知', type: 'choice', options: ['村广播', '入户宣传'], required: false },
  { key: 'satisfied', label: '对防控工作是否满意', type: 'satisfaction' },
  { key: 'advice', label: '意见建议', type: 'text', required: false, maxLength: 10 },
]);

describe('survey questions', () => {
  it('rejects duplicate keys and options', () => {
    expect(surveyQuestions.safeParse([{ key: 'a', label: 'A', type: 'yes_no' }, { key: 'a', label: 'B', type: 'text' }]).success).toBe(false);
    expect(surveyQuestions.safeParse([{ key: 'a', label: 'A', type: 'choice', options: ['x', 'x'] }]).success).toBe(false);
  });

  it('accepts complete answers and names every problem', () => {
    expect(answerProblems(questions, { aware: true, measures: ['喷药', '清园'], satisfied: 'satisfied' })).toEqual([]);
    const problems = answerProblems(questions, { aware: 'yes', measures: ['打药'], channel: ['村广播', '入户宣传'], advice: '太长了太长了太长了太长了', extra: 1 });
    expect(problems.map((p) => p.key)).toEqual(['aware', 'measures', 'channel', 'satisfied', 'advice', 'extra']);
  });

  it('stores trimmed text and drops empty optional answers', () => {
    expect(normaliseAnswers(questions, { aware: false, measures: ['套袋'], satisfied: 'dissatisfied', advice: '  好  ', channel: '' })).toEqual({
      aware: false, measures: ['套袋'], satisfied: 'dissatisfied', advice: '好',
    });
  });
});

describe('quota numbers', () => {
  it('requires ⌈villages / 3⌉ villages per township visit, exactly', () => {
    expect([0, 1, 2, 3, 4, 9, 10, 11, 12].map((n) => requiredVillages(n, 1, 3))).toEqual([0, 1, 1, 1, 2, 3, 4, 4, 4]);
    expect(requiredVillages(10, 1, 2)).toBe(5);
    expect(requiredVillages(7, 2, 5)).toBe(3);
  });

  it('counts months in China time', () => {
    const may = localPeriod(2026, 5);
    expect(may.start.toISOString()).toBe('2026-04-30T16:00:00.000Z');
    expect(may.end.toISOString()).toBe('2026-05-31T16:00:00.000Z');
    expect(localPeriod(2026, 12).end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(localPeriod(2026).start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });
});

describe('call-back sampling', () => {
  const ids = Array.from({ length: 95 }, (_, i) => `id-${i}`);

  it('draws ⌈n × share⌉, the same ones for the same seed', () => {
    const a = drawSample(ids, 'seed-1', 10);
    expect(a).toHaveLength(10);
    expect(drawSample([...ids].reverse(), 'seed-1', 10)).toEqual(a);
    expect(drawSample(ids, 'seed-2', 10)).not.toEqual(a);
    expect(drawSample(ids, 'seed-1', 100)).toHaveLength(95);
    expect(drawSample([], 'seed-1', 50)).toEqual([]);
  });

  it('refuses a share outside 1–100 %', () => {
    expect(() => drawSample(ids, 's', 0)).toThrow();
    expect(() => drawSample(ids, 's', 101)).toThrow();
  });
});
