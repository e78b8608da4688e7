import { allItems, judgedTypes, type NormalizedItem, type NormalizedPassRule, type NormalizedTemplate } from './checklist-template.ts';

/**
 * Answers as a record stores them, keyed by item key. Photos and signatures are references to
 * the record's files (their index in the submission, later their stored ids).
 */
export type AnswerValue = boolean | number | string | string[] | { lat: number; lng: number; accuracy?: number | null };
/** As submitted: anything; evaluation checks each answer against its item's type. */
export type Answers = Record<string, unknown>;

export interface ItemResult {
  shown: boolean;
  answered: boolean;
  /** null: not judged (text, photo … or an optional item left blank). */
  passed: boolean | null;
  score: number;
  maxScore: number;
  /** Why it failed, in words a township can act on. */
  reason?: string;
}

export interface Evaluation {
  /** Only the answers of shown items, checked for type. */
  answers: Record<string, AnswerValue>;
  items: Record<string, ItemResult>;
  score: number;
  maxScore: number;
  passed: boolean;
  failedItems: string[];
  /** Answers that make the record incomplete or malformed: a submission with any is refused. */
  problems: { itemKey: string; message: string }[];
}

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Whether an item is shown, given the answers of the items before it (only shown ones count). */
function isShown(item: NormalizedItem, answers: Record<string, AnswerValue>): boolean {
  if (!item.showIf) return true;
  const v = answers[item.showIf.item];
  if (!hasValue(v)) return false;
  const values = Array.isArray(v) ? v : [v];
  if (item.showIf.anyOf) return values.some((x) => item.showIf!.anyOf!.includes(String(x)));
  if (item.showIf.equals !== undefined) return values.some((x) => x === item.showIf!.equals);
  return true;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The answer in the item's type, or a message saying what is wrong with it. */
function typed(item: NormalizedItem, v: unknown): { value: AnswerValue } | { problem: string } {
  const name = `「${item.label.zh}」`;
  const optionValues = item.options.map((o) => o.value);
  switch (item.type) {
    case 'yesNo':
      return typeof v === 'boolean' ? { value: v } : { problem: `${name}应回答是或否` };
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return { problem: `${name}应填写数字` };
      const range = item.answerRange;
      const unit = item.unit ?? '';
      if (range?.min !== undefined && v < range.min) return { problem: range.max !== undefined ? `${name}应在 ${range.min}${unit} 到 ${range.max}${unit} 之间` : `${name}不能小于 ${range.min}${unit}` };
      if (range?.max !== undefined && v > range.max) return { problem: range.min !== undefined ? `${name}应在 ${range.min}${unit} 到 ${range.max}${unit} 之间` : `${name}不能大于 ${range.max}${unit}` };
      return { value: v };
    }
    case 'choice':
      return typeof v === 'string' && optionValues.includes(v) ? { value: v } : { problem: `${name}应从选项中选择一项` };
    case 'multiChoice':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && optionValues.includes(x)) && new Set(v).size === v.length
        ? { value: v as string[] }
        : { problem: `${name}应从选项中选择` };
    case 'text':
      return typeof v === 'string' && v.length <= 2000 ? { value: v } : { problem: `${name}应填写不超过 2000 字的文字` };
    case 'photo':
      return Array.isArray(v) && v.every((x) => typeof x === 'string') ? { value: v as string[] } : { problem: `${name}应上传照片` };
    case 'signature':
      return typeof v === 'string' ? { value: v } : { problem: `${name}应签名` };
    case 'gps': {
      const g = v as { lat?: unknown; lng?: unknown; accuracy?: unknown };
      const ok = g && typeof g === 'object' && typeof g.lat === 'number' && typeof g.lng === 'number' && Math.abs(g.lat) <= 90 && Math.abs(g.lng) <= 180;
      return ok ? { value: { lat: g.lat as number, lng: g.lng as number, accuracy: typeof g.accuracy === 'number' ? g.accuracy : null } } : { problem: `${name}应记录有效的定位` };
    }
    case 'date':
      return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v)) ? { value: v } : { problem: `${name}应填写日期(年-月-日)` };
  }
}

const ops = {
  '>=': (a: number, b: number) => a >= b,
  '<=': (a: number, b: number) => a <= b,
  '>': (a: number, b: number) => a > b,
  '<': (a: number, b: number) => a < b,
  '==': (a: number, b: number) => a === b,
  '!=': (a: number, b: number) => a !== b,
} as const;

const optionLabel = (item: NormalizedItem, value: string) => item.options.find((o) => o.value === value)?.label.zh ?? value;

/** Judges one answer; null when the item's type is not judged or it has no rule. */
function judge(item: NormalizedItem, rule: NormalizedPassRule | null, v: AnswerValue): { passed: boolean; reason?: string } | null {
  if (!rule || !judgedTypes.includes(item.type)) return null;
  const unit = item.unit ?? '';
  switch (rule.kind) {
    case 'equals':
      return v === rule.value ? { passed: true } : { passed: false, reason: `回答为「${v ? '是' : '否'}」` };
    case 'compare': {
      const ok = ops[rule.op](v as number, rule.value);
      return ok ? { passed: true } : { passed: false, reason: `实际 ${String(v)}${unit},要求 ${rule.op} ${rule.value}${unit}` };
    }
    case 'range': {
      const n = v as number;
      const ok = (rule.min === undefined || n >= rule.min) && (rule.max === undefined || n <= rule.max);
      const want = [rule.min !== undefined ? `≥ ${rule.min}${unit}` : '', rule.max !== undefined ? `≤ ${rule.max}${unit}` : ''].filter(Boolean).join(' 且 ');
      return ok ? { passed: true } : { passed: false, reason: `实际 ${n}${unit},要求 ${want}` };
    }
    case 'anyOf': {
      const chosen = Array.isArray(v) ? v : [v as string];
      const bad = chosen.filter((c) => !rule.values.includes(c));
      return bad.length === 0 && chosen.length > 0 ? { passed: true } : { passed: false, reason: `选择了「${bad.map((b) => optionLabel(item, b)).join('、')}」` };
    }
    case 'allOf': {
      const chosen = v as string[];
      const missing = rule.values.filter((r) => !chosen.includes(r));
      return missing.length === 0 ? { passed: true } : { passed: false, reason: `未做到「${missing.map((m) => optionLabel(item, m)).join('、')}」` };
    }
    case 'noneOf': {
      const chosen = Array.isArray(v) ? v : [v as string];
      const bad = chosen.filter((c) => rule.values.includes(c));
      return bad.length === 0 ? { passed: true } : { passed: false, reason: `选择了「${bad.map((b) => optionLabel(item, b)).join('、')}」` };
    }
  }
}

/** Scores are kept in hundredths so that sums of 0.1-point items add up exactly. */
const cents = (n: number) => Math.round(n * 100);

/**
 * Evaluates a filled checklist against the template version it was filled with: which items were
 * shown (conditions), which passed, the score out of the maximum of the shown items, and whether
 * the record passes — by every judged item passing, or by the template's pass percentage, and
 * never with a failed 否决项 (critical item).
 */
export function evaluateChecklist(template: NormalizedTemplate, raw: Answers): Evaluation {
  const answers: Record<string, AnswerValue> = {};
  const items: Record<string, ItemResult> = {};
  const problems: Evaluation['problems'] = [];
  let score = 0;
  let max = 0;
  let criticalFailed = false;
  const failedItems: string[] = [];
  const known = new Set(allItems(template).map((i) => i.key));
  for (const k of Object.keys(raw)) if (!known.has(k) && hasValue(raw[k])) problems.push({ itemKey: k, message: `模板中没有检查项「${k}」` });

  for (const item of allItems(template)) {
    const shown = isShown(item, answers);
    const v = raw[item.key];
    if (!shown) {
      items[item.key] = { shown: false, answered: false, passed: null, score: 0, maxScore: 0 };
      continue;
    }
    if (!hasValue(v)) {
      if (item.required) problems.push({ itemKey: item.key, message: `「${item.label.zh}」为必填项` });
      items[item.key] = { shown: true, answered: false, passed: null, score: 0, maxScore: 0 };
      continue;
    }
    const t = typed(item, v);
    if ('problem' in t) {
      problems.push({ itemKey: item.key, message: t.problem });
      items[item.key] = { shown: true, answered: false, passed: null, score: 0, maxScore: 0 };
      continue;
    }
    answers[item.key] = t.value;
    if (item.type === 'photo' && (t.value as string[]).length < item.minCount) {
      problems.push({ itemKey: item.key, message: `「${item.label.zh}」至少需要 ${item.minCount} 张照片` });
    }
    const verdict = judge(item, item.passRule, t.value);
    const itemMax = cents(item.score);
    const earned = verdict === null || verdict.passed ? itemMax : 0;
    max += itemMax;
    score += earned;
    if (verdict && !verdict.passed) {
      failedItems.push(item.key);
      if (item.critical) criticalFailed = true;
    }
    items[item.key] = {
      shown: true, answered: true, passed: verdict ? verdict.passed : null, score: earned / 100, maxScore: itemMax / 100,
      ...(verdict?.reason ? { reason: verdict.reason } : {}),
    };
  }
  const byPercent = template.passPercent !== undefined;
  const passed = !criticalFailed && (byPercent ? (max === 0 ? true : score * 100 >= template.passPercent! * max) : failedItems.length === 0);
  return { answers, items, score: score / 100, maxScore: max / 100, passed, failedItems, problems };
}
