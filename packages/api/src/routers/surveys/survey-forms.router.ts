import type { TRPCRouterRecord } from '@trpc/server';
import { createSurveyForm, setSurveyFormArchived, updateSurveyForm, type SurveyQuestion } from '@duban/core';
import { procedure } from '../../procedures.ts';
import { archiveSurveyFormInput, createSurveyFormInput, updateSurveyFormInput } from '../../schemas/index.ts';

/** 调查表: forms per topic, configured by admins; each edit of the questions is a new version. */
export const surveyFormsRouter = {
  /** The county's forms (archived too), each with its current questions and how often it was used. */
  list: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const countyId = ctx.authz.target!.countyId;
      const forms = await ctx.db.surveyForm.findMany({
        where: { countyId },
        include: { ownerUnit: { select: { id: true, name: true } }, versions: { select: { id: true, version: true, questions: true, _count: { select: { surveys: true } } }, orderBy: { version: 'desc' } } },
        orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { title: 'asc' }],
      });
      return forms.map(({ versions, ...f }) => ({
        ...f,
        questions: (versions.find((v) => v.version === f.currentVersion)?.questions ?? []) as unknown as SurveyQuestion[],
        surveys: versions.reduce((n, v) => n + v._count.surveys, 0),
        canManage: ctx.authz.has('core.survey.manage', `/${countyId}/`),
      }));
    }),

  create: procedure
    .meta({ permission: 'core.survey.manage', scope: { entity: 'orgUnit', field: 'ownerUnitId' } })
    .input(createSurveyFormInput)
    .mutation(async ({ ctx, input }) => {
      const { ownerUnitId, ...fields } = input;
      const form = await createSurveyForm(ctx.db, ctx.authz.target!.countyId, ownerUnitId, fields, ctx.actor!.userId);
      await ctx.audit({ entityType: 'surveyForm', entityId: form.id, orgUnitId: ownerUnitId, after: { ...form, questions: fields.questions } });
      return form;
    }),

  update: procedure
    .meta({ permission: 'core.survey.manage', scope: { entity: 'surveyForm', field: 'formId' } })
    .input(updateSurveyFormInput)
    .mutation(async ({ ctx, input }) => {
      const { formId, ...fields } = input;
      const countyId = ctx.authz.target!.countyId;
      const before = await ctx.db.surveyForm.findUniqueOrThrow({ where: { countyId_id: { countyId, id: formId } } });
      const after = await updateSurveyForm(ctx.db, countyId, formId, fields, ctx.actor!.userId);
      await ctx.audit({ entityType: 'surveyForm', entityId: formId, orgUnitId: after.ownerUnitId, before, after: { ...after, questions: fields.questions } });
      return after;
    }),

  setArchived: procedure
    .meta({ permission: 'core.survey.manage', scope: { entity: 'surveyForm', field: 'formId' } })
    .input(archiveSurveyFormInput)
    .mutation(async ({ ctx, input }) => {
      const after = await setSurveyFormArchived(ctx.db, ctx.authz.target!.countyId, input.formId, input.archived);
      await ctx.audit({ entityType: 'surveyForm', entityId: after.id, orgUnitId: after.ownerUnitId, after: { archivedAt: after.archivedAt }, detail: input.archived ? 'survey form archived' : 'survey form restored' });
      return after;
    }),
} satisfies TRPCRouterRecord;
