import { checklistItemTypes, type ChecklistTemplate } from '@duban/api/schemas';

// The template editor's working copy and its conversion to and from the stored definition.

export type ItemType = (typeof checklistItemTypes)[number];
type Bi = { zh: string; en: string };

export interface DraftRule {
  kind: 'equals' | 'range' | 'anyOf' | 'allOf' | 'noneOf';
  value?: boolean;
  min?: number | null;
  max?: number | null;
  values?: string[];
}

export interface DraftItem {
  key: string;
  label: Bi;
  type: ItemType;
  required: boolean;
  score: number | null;
  critical: boolean;
  unit: string;
  minCount: number | null;
  options: { value: string; label: Bi }[];
  rule: DraftRule | null;
  showIf: { item: string; anyOf?: string[]; equals?: boolean } | null;
}

export interface DraftSection {
  key: string;
  title: Bi;
  items: DraftItem[];
}

export interface Draft {
  key: string;
  name: Bi;
  description: Bi;
  passPercent: number | null;
  sections: DraftSection[];
}

let counter = 0;
/** A fresh key for a new item or section (unique within the template, stable once saved). */
export const freshKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const emptyItem = (): DraftItem => ({
  key: freshKey('i'), label: { zh: '', en: '' }, type: 'yesNo', required: true, score: 10, critical: false, unit: '', minCount: null, options: [], rule: { kind: 'equals', value: true }, showIf: null,
});

export const emptyDraft = (): Draft => ({
  key: freshKey('t'), name: { zh: '', en: '' }, description: { zh: '', en: '' }, passPercent: null,
  sections: [{ key: freshKey('s'), title: { zh: '', en: '' }, items: [emptyItem()] }],
});

/** A default rule when an item's type changes (or null where the type is not judged). */
export function defaultRule(type: ItemType): DraftRule | null {
  if (type === 'yesNo') return { kind: 'equals', value: true };
  if (type === 'number') return { kind: 'range', min: null, max: null };
  if (type === 'choice') return { kind: 'noneOf', values: [] };
  if (type === 'multiChoice') return { kind: 'allOf', values: [] };
  return null;
}

type StoredItem = NonNullable<NonNullable<ChecklistTemplate['sections']>[number]['items']>[number];

function ruleFromStored(item: StoredItem): DraftRule | null {
  const r = item.passRule;
  if (r === undefined) return item.type === 'yesNo' ? { kind: 'equals', value: true } : defaultRule(item.type);
  if (typeof r === 'string' || r.kind === 'compare') {
    // A comparison becomes a range (the editor offers thresholds): >= / > as min, <= / < as max.
    const m = typeof r === 'string' ? /^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)/.exec(r) : [null, r.op, String(r.value)];
    const op = m?.[1];
    const v = Number(m?.[2]);
    return { kind: 'range', min: op?.startsWith('>') || op === '==' ? v : null, max: op?.startsWith('<') || op === '==' ? v : null };
  }
  if (r.kind === 'range') return { kind: 'range', min: r.min ?? null, max: r.max ?? null };
  if (r.kind === 'equals') return { kind: 'equals', value: r.value };
  return { kind: r.kind, values: r.values };
}

/** The stored definition (sections form, see template-service) as the editor's working copy. */
export function draftFromStored(def: ChecklistTemplate): Draft {
  const sections = [...(def.items?.length ? [{ key: 'main', items: def.items }] : []), ...(def.sections ?? [])];
  return {
    key: def.key,
    name: { zh: def.name.zh, en: def.name.en ?? '' },
    description: { zh: def.description?.zh ?? '', en: def.description?.en ?? '' },
    passPercent: def.passPercent ?? null,
    sections: sections.map((s) => ({
      key: s.key,
      title: { zh: ('title' in s && s.title?.zh) || '', en: ('title' in s && s.title?.en) || '' },
      items: s.items.map((i) => ({
        key: i.key, label: { zh: i.label.zh, en: i.label.en ?? '' }, type: i.type, required: i.required ?? false, score: i.score ?? null,
        critical: i.critical ?? false, unit: i.unit ?? '', minCount: i.minCount ?? null,
        options: (i.options ?? []).map((o) => (typeof o === 'string' ? { value: o, label: { zh: o, en: o } } : { value: o.value, label: { zh: o.label.zh, en: o.label.en ?? '' } })),
        rule: ruleFromStored(i), showIf: i.showIf ? { item: i.showIf.item, ...(i.showIf.anyOf ? { anyOf: i.showIf.anyOf } : {}), ...(typeof i.showIf.equals === 'boolean' ? { equals: i.showIf.equals } : {}) } : null,
      })),
    })),
  };
}

const bi = (b: Bi) => ({ zh: b.zh.trim(), en: b.en.trim() });

function ruleToStored(item: DraftItem): StoredItem['passRule'] {
  const r = item.rule;
  if (!r) return undefined;
  if (item.type === 'yesNo') return { kind: 'equals', value: r.value ?? true };
  if (item.type === 'number') {
    if (r.min == null && r.max == null) return undefined;
    return { kind: 'range', ...(r.min != null ? { min: r.min } : {}), ...(r.max != null ? { max: r.max } : {}) };
  }
  if ((item.type === 'choice' || item.type === 'multiChoice') && r.values?.length && (r.kind === 'anyOf' || r.kind === 'allOf' || r.kind === 'noneOf')) {
    return { kind: r.kind, values: r.values };
  }
  return undefined;
}

/** The working copy as a template the server validates (its messages say what to fix). */
export function draftToTemplate(d: Draft): ChecklistTemplate {
  const choice = (t: ItemType) => t === 'choice' || t === 'multiChoice';
  const judged = (t: ItemType) => t === 'yesNo' || t === 'number' || choice(t);
  return {
    key: d.key,
    name: bi(d.name),
    ...(d.description.zh.trim() ? { description: bi(d.description) } : {}),
    ...(d.passPercent != null ? { passPercent: d.passPercent } : {}),
    sections: d.sections.map((s) => ({
      key: s.key,
      ...(s.title.zh.trim() ? { title: bi(s.title) } : {}),
      items: s.items.map((i) => ({
        key: i.key,
        label: bi(i.label),
        type: i.type,
        required: i.required,
        ...(i.score != null ? { score: i.score } : {}),
        ...(i.critical && judged(i.type) ? { critical: true } : {}),
        ...(i.type === 'number' && i.unit.trim() ? { unit: i.unit.trim() } : {}),
        ...(i.type === 'photo' && i.minCount != null ? { minCount: i.minCount } : {}),
        ...(choice(i.type) ? { options: i.options.map((o) => ({ value: o.value, label: bi(o.label) })) } : {}),
        ...(ruleToStored(i) ? { passRule: ruleToStored(i) } : {}),
        ...(i.showIf?.item ? { showIf: { item: i.showIf.item, ...(i.showIf.anyOf?.length ? { anyOf: i.showIf.anyOf } : {}), ...(i.showIf.equals !== undefined ? { equals: i.showIf.equals } : {}) } } : {}),
      })),
    })),
  };
}
