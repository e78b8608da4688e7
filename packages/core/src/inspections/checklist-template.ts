import { z } from 'zod';
import { boundedNumber } from '../validation/bounded.ts';

/**
 * The checklist template: what admins configure in the template editor and plugins contribute
 * (DESIGN.md: plugins contribute checklist templates). One schema serves both. The first plugin
 * templates were written against a flat shape (`items` only, `options: string[]`, `passRule: '>=2'`),
 * which stays valid: a flat list is one unnamed section, string options are their own labels and
 * a comparison string is a threshold.
 */

const bilingual = z.object({
  zh: z.string().trim().min(1, '请填写中文名称').max(200),
  en: z.string().trim().max(200).default(''),
});

export const checklistItemTypes = ['yesNo', 'number', 'choice', 'multiChoice', 'text', 'photo', 'signature', 'gps', 'date'] as const;
export type ChecklistItemType = (typeof checklistItemTypes)[number];

/** Types whose answer is judged pass/fail against a rule; the others count when answered. */
export const judgedTypes: readonly ChecklistItemType[] = ['yesNo', 'number', 'choice', 'multiChoice'];

const key = z
  .string()
  .trim()
  .min(1, '请填写编码')
  .max(80)
  .regex(/^[A-Za-z0-9_.:-]+$/, '编码只能包含字母、数字和 _ . : -');

const option = z.union([
  z.string().trim().min(1).max(100),
  z.object({ value: z.string().trim().min(1).max(100), label: bilingual }),
]);

/** `>=2`, `> 0`, `<=5`, `<3`, `==1`, `!=0`: the legacy comparison strings of plugin templates. */
const COMPARISON = /^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$/;
export type Comparator = '>=' | '<=' | '==' | '!=' | '>' | '<';

/** A number a rule compares answers with; answers themselves are bounded by the item (number items). */
const threshold = boundedNumber(-1e12, 1e12);
/** Option values a rule names (at most an item's 50 options). */
const optionValues = z.array(z.string().max(100)).min(1).max(50);

const passRule = z.union([
  z.string().max(40).regex(COMPARISON, '判定规则应为比较式,如 >=2'),
  /** Number thresholds, inclusive. */
  z.object({ kind: z.literal('range'), min: threshold.optional(), max: threshold.optional() }),
  z.object({ kind: z.literal('compare'), op: z.enum(['>=', '<=', '==', '!=', '>', '<']), value: threshold }),
  /** yes/no: the answer that passes. */
  z.object({ kind: z.literal('equals'), value: z.boolean() }),
  /** choice: the chosen option is one of; multiple choice: every chosen option is one of. */
  z.object({ kind: z.literal('anyOf'), values: optionValues }),
  /** multiple choice: all of these are chosen. */
  z.object({ kind: z.literal('allOf'), values: optionValues }),
  /** choice / multiple choice: none of these is chosen. */
  z.object({ kind: z.literal('noneOf'), values: optionValues }),
]);

/** Shown only when another (earlier) item has a value — any value, or one of the listed ones. */
const showIf = z.object({
  item: key,
  equals: z.union([z.boolean(), z.string().max(100), threshold]).optional(),
  anyOf: z.array(z.string().max(100)).max(50).optional(),
});

export const checklistItemSchema = z.object({
  key,
  label: bilingual,
  hint: bilingual.optional(),
  type: z.enum(checklistItemTypes),
  required: z.boolean().optional(),
  /** The item's weight: its score when it passes (or, for unjudged types, when answered). */
  score: z.number().min(0).max(1000).optional(),
  options: z.array(option).max(50).optional(),
  passRule: passRule.optional(),
  /** photo: at least this many photos (default 1 when required). */
  minCount: z.number().int().min(0).max(20).optional(),
  /** number: the unit shown after the field (座, 人, %). */
  unit: z.string().trim().max(20).optional(),
  /** number: the answers that can be true at all (a rate of 250 % cannot); % defaults to 0–100. */
  min: threshold.optional(),
  max: threshold.optional(),
  /** 否决项: a failed critical item fails the whole record whatever the score. */
  critical: z.boolean().optional(),
  showIf: showIf.optional(),
});

export const checklistSectionSchema = z.object({
  key,
  title: bilingual.optional(),
  items: z.array(checklistItemSchema).min(1, '每个分组至少一个检查项').max(200),
});

const templateObject = z.object({
  key,
  name: bilingual,
  description: bilingual.optional(),
  sections: z.array(checklistSectionSchema).max(50).optional(),
  /** The flat shape: one unnamed section. */
  items: z.array(checklistItemSchema).max(200).optional(),
  /** Pass when the score reaches this share of the maximum (percent); otherwise every judged item must pass. */
  passPercent: z.number().min(0).max(100).optional(),
});

export const checklistTemplateSchema = templateObject.superRefine((t, ctx) => {
  for (const issue of templateIssues(t)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});

/** What plugin authors and the editor write (optional fields may be left out). */
export type ChecklistTemplate = z.input<typeof checklistTemplateSchema>;
export type ChecklistItem = z.input<typeof checklistItemSchema>;

/** The one shape the rest of the core works with: sections always, options as objects, rules structured. */
export interface NormalizedItem {
  key: string;
  label: { zh: string; en: string };
  hint?: { zh: string; en: string };
  type: ChecklistItemType;
  required: boolean;
  score: number;
  options: { value: string; label: { zh: string; en: string } }[];
  passRule: NormalizedPassRule | null;
  minCount: number;
  unit?: string;
  /** number: answers outside this range are refused, not judged (answerRange). */
  answerRange?: { min?: number; max?: number };
  critical: boolean;
  showIf?: { item: string; equals?: boolean | string | number; anyOf?: string[] };
}
export type NormalizedPassRule =
  | { kind: 'range'; min?: number; max?: number }
  | { kind: 'compare'; op: Comparator; value: number }
  | { kind: 'equals'; value: boolean }
  | { kind: 'anyOf' | 'allOf' | 'noneOf'; values: string[] };
export interface NormalizedTemplate {
  key: string;
  name: { zh: string; en: string };
  description?: { zh: string; en: string };
  sections: { key: string; title?: { zh: string; en: string }; items: NormalizedItem[] }[];
  passPercent?: number;
}

type Parsed = z.output<typeof checklistItemSchema>;

function normalizeRule(item: Parsed): NormalizedPassRule | null {
  const rule = item.passRule;
  if (rule === undefined) return item.type === 'yesNo' ? { kind: 'equals', value: true } : null;
  if (typeof rule === 'string') {
    const m = COMPARISON.exec(rule)!;
    return { kind: 'compare', op: m[1] as Comparator, value: Number(m[2]) };
  }
  return rule;
}

/**
 * What a number item accepts as an answer: the declared min/max, and for a percentage 0–100 unless
 * declared otherwise (the audit saw 250 % and −30 % judged 不合格 instead of refused).
 */
function answerRange(item: Parsed): { answerRange?: { min?: number; max?: number } } {
  if (item.type !== 'number') return {};
  const percent = item.unit?.trim() === '%';
  const min = item.min ?? (percent ? 0 : undefined);
  const max = item.max ?? (percent ? 100 : undefined);
  if (min === undefined && max === undefined) return {};
  return { answerRange: { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) } };
}

function normalizeItem(item: Parsed): NormalizedItem {
  return {
    key: item.key,
    label: item.label,
    ...(item.hint ? { hint: item.hint } : {}),
    type: item.type,
    required: item.required ?? false,
    score: item.score ?? 0,
    options: (item.options ?? []).map((o) => (typeof o === 'string' ? { value: o, label: { zh: o, en: o } } : o)),
    passRule: normalizeRule(item),
    minCount: item.type === 'photo' ? (item.minCount ?? (item.required ? 1 : 0)) : 0,
    ...(item.unit ? { unit: item.unit } : {}),
    ...answerRange(item),
    critical: item.critical ?? false,
    ...(item.showIf ? { showIf: item.showIf } : {}),
  };
}

/** Validates (throws a ZodError listing every problem) and normalises a template. */
export function parseChecklistTemplate(input: unknown): NormalizedTemplate {
  const t = checklistTemplateSchema.parse(input);
  const sections = [
    ...(t.items?.length ? [{ key: 'main', items: t.items }] : []),
    ...(t.sections ?? []),
  ].map((s) => ({ key: s.key, ...('title' in s && s.title ? { title: s.title } : {}), items: s.items.map(normalizeItem) }));
  return {
    key: t.key,
    name: t.name,
    ...(t.description ? { description: t.description } : {}),
    sections,
    ...(t.passPercent !== undefined ? { passPercent: t.passPercent } : {}),
  };
}

export const allItems = (t: NormalizedTemplate) => t.sections.flatMap((s) => s.items);

interface Issue {
  path: (string | number)[];
  message: string;
}

/** Rules across fields, each with a message that says what to fix. */
function templateIssues(t: z.output<typeof templateObject>): Issue[] {
  const issues: Issue[] = [];
  const sections = [
    ...(t.items?.length ? [{ items: t.items, path: ['items'] as (string | number)[] }] : []),
    ...(t.sections ?? []).map((s, i) => ({ items: s.items, path: ['sections', i, 'items'] as (string | number)[] })),
  ];
  if (sections.length === 0) issues.push({ path: ['sections'], message: '模板至少需要一个检查项' });
  const sectionKeys = new Set<string>();
  (t.sections ?? []).forEach((s, i) => {
    if (sectionKeys.has(s.key)) issues.push({ path: ['sections', i, 'key'], message: `分组编码「${s.key}」重复` });
    sectionKeys.add(s.key);
  });
  const seen = new Map<string, Parsed>();
  for (const section of sections) {
    section.items.forEach((item, i) => {
      const at = (...rest: (string | number)[]) => [...section.path, i, ...rest];
      const name = `「${item.label.zh}」`;
      if (seen.has(item.key)) issues.push({ path: at('key'), message: `检查项编码「${item.key}」重复` });
      const values = (item.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
      const isChoice = item.type === 'choice' || item.type === 'multiChoice';
      if (isChoice && values.length < 2) issues.push({ path: at('options'), message: `${name}是选择题,至少需要两个选项` });
      if (!isChoice && values.length) issues.push({ path: at('options'), message: `${name}不是选择题,不能设置选项` });
      if (new Set(values).size !== values.length) issues.push({ path: at('options'), message: `${name}的选项重复` });
      if (item.minCount !== undefined && item.type !== 'photo') issues.push({ path: at('minCount'), message: `${name}不是拍照项,不能设置最少张数` });
      const rule = item.passRule;
      if (rule !== undefined) {
        const kind = typeof rule === 'string' ? 'compare' : rule.kind;
        const fits: Record<string, ChecklistItemType[]> = {
          range: ['number'], compare: ['number'], equals: ['yesNo'], anyOf: ['choice', 'multiChoice'], allOf: ['multiChoice'], noneOf: ['choice', 'multiChoice'],
        };
        if (!fits[kind]!.includes(item.type)) issues.push({ path: at('passRule'), message: `${name}的判定规则与题型不符` });
        if (typeof rule === 'object' && 'values' in rule) {
          const unknown = rule.values.filter((v) => !values.includes(v));
          if (unknown.length) issues.push({ path: at('passRule'), message: `${name}的判定规则引用了不存在的选项:${unknown.join('、')}` });
        }
        if (typeof rule === 'object' && rule.kind === 'range') {
          if (rule.min === undefined && rule.max === undefined) issues.push({ path: at('passRule'), message: `${name}的阈值至少要有下限或上限` });
          if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) issues.push({ path: at('passRule'), message: `${name}的下限大于上限` });
        }
      }
      if (item.critical && !judgedTypes.includes(item.type)) issues.push({ path: at('critical'), message: `${name}不判定合格与否,不能设为否决项` });
      if ((item.min !== undefined || item.max !== undefined) && item.type !== 'number') issues.push({ path: at('min'), message: `${name}不是数字项,不能设置取值范围` });
      if (item.min !== undefined && item.max !== undefined && item.min > item.max) issues.push({ path: at('min'), message: `${name}的取值下限大于上限` });
      if (item.showIf) {
        const target = seen.get(item.showIf.item);
        if (!target) issues.push({ path: at('showIf', 'item'), message: `${name}的显示条件须引用它之前的检查项(「${item.showIf.item}」不在它之前)` });
        else if (item.showIf.anyOf) {
          const tv = (target.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
          const unknown = item.showIf.anyOf.filter((v) => !tv.includes(v));
          if (unknown.length) issues.push({ path: at('showIf', 'anyOf'), message: `${name}的显示条件引用了不存在的选项:${unknown.join('、')}` });
        }
      }
      seen.set(item.key, item);
    });
  }
  return issues;
}
