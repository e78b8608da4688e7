// Survey questions and answers. Browser-safe (zod only): the web app's form builder and survey
// page validate with the same definitions through @duban/api/schemas.
import { z } from 'zod';

export const satisfactionLevels = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export const questionTypes = ['yes_no', 'choice', 'text', 'satisfaction'] as const;

const base = {
  /** Stable key the answers are stored under (kept across form versions). */
  key: z.string().max(40).regex(/^[a-z][a-z0-9_]{0,39}$/, { message: '题目编号须以小写字母开头,只含小写字母、数字和下划线' }),
  label: z.string().trim().min(1).max(200),
  required: z.boolean().default(true),
};

export const surveyQuestion = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('yes_no') }),
  z.object({
    ...base,
    type: z.literal('choice'),
    options: z.array(z.string().trim().min(1).max(60)).min(2).max(20),
    multiple: z.boolean().default(false),
  }),
  z.object({ ...base, type: z.literal('text'), maxLength: z.number().int().min(1).max(2000).default(500) }),
  /** 满意 / 基本满意 / 不满意, the scale the source's satisfaction rates (满意率) are counted on. */
  z.object({ ...base, type: z.literal('satisfaction') }),
]);

export const surveyQuestions = z
  .array(surveyQuestion)
  .min(1)
  .max(50)
  .superRefine((questions, ctx) => {
    const seen = new Set<string>();
    questions.forEach((q, i) => {
      if (seen.has(q.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `题目编号「${q.key}」重复` });
      seen.add(q.key);
      if (q.type === 'choice' && new Set(q.options).size !== q.options.length) {
        ctx.addIssue({ code: 'custom', path: [i, 'options'], message: `「${q.label}」的选项重复` });
      }
    });
  });

export type SurveyQuestion = z.infer<typeof surveyQuestion>;
export type SurveyAnswer = boolean | string | string[];
export type SurveyAnswers = Record<string, SurveyAnswer>;

/** What is wrong with one answer, in zh-CN (null when it is fine); the caller names the question. */
function answerProblem(q: SurveyQuestion, value: unknown): string | null {
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return q.required ? '必答' : null;
  switch (q.type) {
    case 'yes_no':
      return typeof value === 'boolean' ? null : '须回答"是"或"否"';
    case 'choice': {
      const values = q.multiple ? value : [value];
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string' && q.options.includes(v))) return '不是该题的选项';
      if (!q.multiple && Array.isArray(value)) return '只能选一项';
      return new Set(values).size === values.length ? null : '选项重复';
    }
    case 'text':
      return typeof value === 'string' && value.trim().length <= q.maxLength ? null : `不超过 ${q.maxLength} 字`;
    case 'satisfaction':
      return typeof value === 'string' && (satisfactionLevels as readonly string[]).includes(value) ? null : '须选择满意、基本满意或不满意';
  }
}

/**
 * Checks answers against the questions they were given for: every required question answered,
 * every answer of the right kind, nothing that is not a question. Returns the problems (empty
 * when valid) so a form can show them next to their questions.
 */
export function answerProblems(questions: readonly SurveyQuestion[], answers: Record<string, unknown>) {
  const problems: { key: string; label: string; message: string }[] = [];
  for (const q of questions) {
    const message = answerProblem(q, answers[q.key]);
    if (message) problems.push({ key: q.key, label: q.label, message });
  }
  const known = new Set(questions.map((q) => q.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) problems.push({ key, label: key, message: '不是本调查表的题目' });
  return problems;
}

/** The answers as stored: trimmed text, no empty optional answers. */
export function normaliseAnswers(questions: readonly SurveyQuestion[], answers: Record<string, unknown>): SurveyAnswers {
  const out: SurveyAnswers = {};
  for (const q of questions) {
    const v = answers[q.key];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[q.key] = typeof v === 'string' ? v.trim() : (v as SurveyAnswer);
  }
  return out;
}
