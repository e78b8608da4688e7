import { newId, type Prisma } from '@duban/db';
import { canonicalJson } from '../audit/canonical-json.ts';
import { badRequest, conflict, notFound } from '../errors/index.ts';
import { surveyQuestions, type SurveyQuestion } from './questions.ts';

type Tx = Prisma.TransactionClient;

export interface SurveyFormInput {
  title: string;
  topic: string;
  description?: string | null;
  questions: SurveyQuestion[];
}

function parseQuestions(questions: unknown): SurveyQuestion[] {
  const parsed = surveyQuestions.safeParse(questions);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest('surveys.errors.questionsInvalid', `题目设置有误:${issue.message}`, { detail: issue.message });
  }
  return parsed.data;
}

async function assertTitleFree(db: Tx, countyId: string, title: string, exceptId?: string) {
  const other = await db.surveyForm.findFirst({ where: { countyId, title, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (other) throw conflict('surveys.errors.formTitleTaken', `调查表「${title}」已存在`, { title });
}

export async function createSurveyForm(db: Tx, countyId: string, ownerUnitId: string, input: SurveyFormInput, actorUserId: string | null) {
  const questions = parseQuestions(input.questions);
  await assertTitleFree(db, countyId, input.title);
  const id = newId();
  const form = await db.surveyForm.create({
    data: { countyId, id, ownerUnitId, title: input.title, topic: input.topic, description: input.description ?? null, currentVersion: 1 },
  });
  await db.surveyFormVersion.create({ data: { countyId, id: newId(), formId: id, version: 1, questions, createdById: actorUserId } });
  return form;
}

/**
 * Edits a form. Surveys keep the version they were filled with, so changed questions make a new
 * version; a title or description change alone does not.
 */
export async function updateSurveyForm(db: Tx, countyId: string, formId: string, input: SurveyFormInput, actorUserId: string | null) {
  const form = await db.surveyForm.findUnique({ where: { countyId_id: { countyId, id: formId } } });
  if (!form) throw notFound('调查表', formId);
  if (form.archivedAt) throw badRequest('surveys.errors.formArchived', `调查表「${form.title}」已停用`, { title: form.title });
  const questions = parseQuestions(input.questions);
  await assertTitleFree(db, countyId, input.title, formId);
  const current = await db.surveyFormVersion.findUniqueOrThrow({ where: { countyId_formId_version: { countyId, formId, version: form.currentVersion } } });
  // jsonb reorders keys: compare canonical forms.
  const changed = canonicalJson(current.questions) !== canonicalJson(questions);
  const version = changed ? form.currentVersion + 1 : form.currentVersion;
  if (changed) await db.surveyFormVersion.create({ data: { countyId, id: newId(), formId, version, questions, createdById: actorUserId } });
  return db.surveyForm.update({
    where: { countyId_id: { countyId, id: formId } },
    data: { title: input.title, topic: input.topic, description: input.description ?? null, currentVersion: version },
  });
}

export async function setSurveyFormArchived(db: Tx, countyId: string, formId: string, archived: boolean) {
  const form = await db.surveyForm.findUnique({ where: { countyId_id: { countyId, id: formId } } });
  if (!form) throw notFound('调查表', formId);
  return db.surveyForm.update({ where: { countyId_id: { countyId, id: formId } }, data: { archivedAt: archived ? new Date() : null } });
}

/** The form's current questions (what a new survey is filled against). */
export async function currentFormVersion(db: Tx, countyId: string, formId: string) {
  const form = await db.surveyForm.findUnique({ where: { countyId_id: { countyId, id: formId } } });
  if (!form) throw notFound('调查表', formId);
  const version = await db.surveyFormVersion.findUniqueOrThrow({ where: { countyId_formId_version: { countyId, formId, version: form.currentVersion } } });
  return { form, version, questions: version.questions as unknown as SurveyQuestion[] };
}
