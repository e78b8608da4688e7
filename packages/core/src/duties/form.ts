// A duty's form is a checklist template (core/inspections/checklist-template.ts): the same editor
// shape and evaluator as inspections, limited to the field types a report is typed into (files,
// signatures and positions belong to on-site checks, not to a township's monthly figures).
import { badRequest } from '../errors/index.ts';
import { allItems, parseChecklistTemplate, type NormalizedTemplate } from '../inspections/checklist-template.ts';
import { evaluateChecklist } from '../inspections/checklist-evaluate.ts';

export const reportFieldTypes = ['yesNo', 'number', 'choice', 'multiChoice', 'text', 'date'] as const;

/** The normalised form, refused (bilingual key) when it uses a type a report cannot carry. */
export function parseDutyForm(form: unknown): NormalizedTemplate {
  const template = parseChecklistTemplate(form);
  const odd = allItems(template).find((i) => !(reportFieldTypes as readonly string[]).includes(i.type));
  if (odd) throw badRequest('errors.duty.fieldType', `报表项「${odd.label.zh}」的类型不能用于报表（可用：是否、数字、单选、多选、文字、日期）`, { item: odd.label.zh });
  return template;
}

/** The answers of shown items, or a refusal listing what is missing or malformed. */
export function checkReportAnswers(form: NormalizedTemplate, answers: Record<string, unknown>) {
  const evaluation = evaluateChecklist(form, answers);
  if (evaluation.problems.length) {
    const list = evaluation.problems.map((p) => p.message).join('；');
    throw badRequest('errors.duty.formIncomplete', `报表未填完整：${list}`, { problems: list });
  }
  return evaluation.answers;
}
