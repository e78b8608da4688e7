import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { exportSurveys, scopeRoots, submitSurvey, type SurveyQuestion } from '@duban/core';
import { visibleVisitsWhere, visitViewer } from '@duban/core';
import type { HouseholdSurvey } from '@duban/db';
import { procedure } from '../../procedures.ts';
import { exportSurveysInput, listSurveysInput, submitSurveyInput, surveyIdInput } from '../../schemas/index.ts';
import { phonesFor } from './phones.ts';
import { listWhere, surveyListSelect } from './survey-filters.ts';

const EXPORT_LIMIT = 20_000;
const DAY = 86_400_000;
const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

/** The audit row's view of a survey: where, who, when — never the phone, not even its cipher. */
const auditView = (s: HouseholdSurvey) => ({
  id: s.id, groupId: s.groupId, visitId: s.visitId, villageId: s.villageId, respondentName: s.respondentName, phoneMasked: s.phoneMasked,
  capturedAt: s.capturedAt, latitude: s.latitude, longitude: s.longitude, signatureSha256: s.signatureSha256,
});

/** Filling (入户调查 on a phone, online or replayed from the offline queue) and reading surveys. */
export const surveysRouter = {
  /**
   * Everything the survey page needs, in one answer the page keeps for offline use: active forms
   * with their current questions, the caller's groups, their visits now under way (as 三不准
   * allows the caller to see them), and the county's townships and villages.
   */
  fillContext: procedure
    .meta({ permission: 'core.survey.fill', scope: { entity: 'anywhere' } })
    .query(async ({ ctx }) => {
      const actor = ctx.actor!;
      const countyId = actor.countyId;
      const now = new Date();
      const managerRoots = scopeRoots(actor.grants.filter((g) => g.countyId === countyId), 'core.survey.manage');
      const [forms, groups, units] = await Promise.all([
        ctx.db.surveyForm.findMany({ where: { countyId, archivedAt: null }, orderBy: { title: 'asc' } }),
        ctx.db.inspectionGroup.findMany({
          where: { countyId, archivedAt: null, OR: [{ members: { some: { personId: actor.personId } } }, ...managerRoots.map((r) => ({ planningUnit: { path: { startsWith: r } } }))] },
          select: { id: true, name: true, year: true },
          orderBy: [{ year: 'desc' }, { name: 'asc' }],
        }),
        ctx.db.orgUnit.findMany({ where: { countyId, level: { in: ['township', 'village'] }, archivedAt: null }, select: { id: true, name: true, level: true, parentId: true }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
      ]);
      const versions = forms.length
        ? await ctx.db.surveyFormVersion.findMany({ where: { countyId, OR: forms.map((f) => ({ formId: f.id, version: f.currentVersion })) } })
        : [];
      const viewer = await visitViewer(ctx.db, actor);
      const visits = groups.length
        ? await ctx.db.inspectionVisit.findMany({
            where: {
              countyId, groupId: { in: groups.map((g) => g.id) }, status: { in: ['planned', 'in_progress'] },
              windowStart: { lte: new Date(now.getTime() + 7 * DAY) }, windowEnd: { gte: new Date(now.getTime() - 7 * DAY) },
              AND: [visibleVisitsWhere(viewer, now)],
            },
            select: { id: true, title: true, groupId: true, windowStart: true, windowEnd: true, orgUnit: { select: { id: true, name: true, level: true } } },
            orderBy: { windowStart: 'asc' },
          })
        : [];
      return {
        forms: forms.flatMap((f) => {
          const v = versions.find((x) => x.formId === f.id && x.version === f.currentVersion);
          return v ? [{ id: f.id, title: f.title, topic: f.topic, description: f.description, versionId: v.id, version: v.version, questions: v.questions as unknown as SurveyQuestion[] }] : [];
        }),
        groups,
        visits,
        townships: units
          .filter((u) => u.level === 'township')
          .map((t) => ({ id: t.id, name: t.name, villages: units.filter((v) => v.level === 'village' && v.parentId === t.id).map((v) => ({ id: v.id, name: v.name })) })),
      };
    }),

  /**
   * Records a survey. Idempotent by (submitter, idempotencyKey): a replay — from the offline
   * queue after a lost answer, or a double tap — returns the first result and records nothing new.
   */
  submit: procedure
    .meta({ permission: 'core.survey.fill', scope: { entity: 'anywhere' } })
    .input(submitSurveyInput)
    .mutation(async ({ ctx, input }) => {
      const actor = ctx.actor!;
      const countyId = actor.countyId;
      const group = await ctx.db.inspectionGroup.findUnique({ where: { countyId_id: { countyId, id: input.groupId } }, include: { planningUnit: { select: { path: true } } } });
      // Managers (core.survey.manage over the group's planning unit) may enter a group's paper forms.
      const anyGroup = !!group && ctx.authz.has('core.survey.manage', group.planningUnit.path);
      const { signaturePngBase64, capturedAt, ...rest } = input;
      const result = await submitSurvey(
        ctx.db, countyId,
        { ...rest, signaturePng: Buffer.from(signaturePngBase64, 'base64'), capturedAt: new Date(capturedAt) },
        { userId: actor.userId, name: actor.name, personId: actor.personId, anyGroup },
        { phones: phonesFor(ctx.dataKey), files: ctx.files },
      );
      await ctx.audit({
        entityType: 'householdSurvey', entityId: result.survey.id, orgUnitId: result.row.villageId,
        after: result.replayed ? undefined : auditView(result.row),
        detail: result.replayed ? `survey replay (idempotency key ${input.idempotencyKey}): first result returned` : 'household survey submitted',
      });
      return result.survey;
    }),

  /** Surveys of villages in the caller's scope, newest first; phones masked. */
  list: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .input(listSurveysInput)
    .query(async ({ ctx, input }) => {
      const where = listWhere(ctx.authz.target!.countyId, ctx.authz.roots, input);
      const [total, items] = await Promise.all([
        ctx.db.householdSurvey.count({ where }),
        ctx.db.householdSurvey.findMany({ where, select: surveyListSelect, orderBy: [{ capturedAt: 'desc' }, { id: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
      ]);
      return { total, items: items.map((s) => ({ ...s, latitude: num(s.latitude), longitude: num(s.longitude), accuracyMeters: num(s.accuracyMeters) })) };
    }),

  /** One survey with its questions and answers (the version it was filled with). */
  get: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'householdSurvey', field: 'surveyId' } })
    .input(surveyIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const s = await ctx.db.householdSurvey.findUniqueOrThrow({
        where: { countyId_id: { countyId, id: input.surveyId } },
        select: { ...surveyListSelect, answers: true, signatureSize: true, formVersion: { select: { id: true, version: true, questions: true, form: { select: { id: true, title: true } } } }, callback: { select: { outcome: true, note: true, calledAt: true, calledByName: true } }, visit: { select: { id: true, title: true } } },
      });
      return {
        ...s, latitude: num(s.latitude), longitude: num(s.longitude), accuracyMeters: num(s.accuracyMeters),
        questions: s.formVersion.questions as unknown as SurveyQuestion[], answers: s.answers as Record<string, unknown>,
        canReveal: ctx.authz.has('core.survey.revealPhone', ctx.authz.target!.path),
      };
    }),

  /** The respondent's signature (PNG). */
  signature: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'householdSurvey', field: 'surveyId' } })
    .input(surveyIdInput)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const s = await ctx.db.householdSurvey.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.surveyId } }, select: { signatureSha256: true } });
      const bytes = await ctx.files.get(countyId, s.signatureSha256).catch(() => {
        throw new TRPCError({ code: 'NOT_FOUND', message: '签名图片文件缺失' });
      });
      return { contentType: 'image/png', base64: bytes.toString('base64') };
    }),

  /**
   * The full phone number, for a call-back. Only with core.survey.revealPhone; a mutation, so
   * every reveal writes an audit row (who saw whose number, when).
   */
  revealPhone: procedure
    .meta({ permission: 'core.survey.revealPhone', scope: { entity: 'householdSurvey', field: 'surveyId' } })
    .input(surveyIdInput)
    .mutation(async ({ ctx, input }) => {
      const countyId = ctx.authz.target!.countyId;
      const s = await ctx.db.householdSurvey.findUniqueOrThrow({ where: { countyId_id: { countyId, id: input.surveyId } }, select: { id: true, villageId: true, phoneCipher: true, phoneMasked: true } });
      const phone = phonesFor(ctx.dataKey).open(countyId, s.phoneCipher);
      await ctx.audit({ entityType: 'householdSurvey', entityId: s.id, orgUnitId: s.villageId, detail: `phone revealed (${s.phoneMasked})` });
      return { phone };
    }),

  /** 入户调查台账 (.xlsx) of what the list shows, phones masked. */
  export: procedure
    .meta({ permission: 'core.survey.read', scope: { entity: 'anywhere' } })
    .input(exportSurveysInput)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.db.householdSurvey.findMany({
        where: listWhere(ctx.authz.target!.countyId, ctx.authz.roots, input),
        select: { ...surveyListSelect, answers: true, formVersion: { select: { questions: true, form: { select: { title: true } } } } },
        orderBy: [{ capturedAt: 'asc' }, { id: 'asc' }],
        take: EXPORT_LIMIT + 1,
      });
      if (rows.length > EXPORT_LIMIT) throw new TRPCError({ code: 'BAD_REQUEST', message: `超过 ${EXPORT_LIMIT} 条,请缩小筛选范围后导出` });
      const file = await exportSurveys(rows.map((s) => ({
        capturedAt: s.capturedAt, groupName: s.group.name, townshipName: s.township.name, villageName: s.village.name, address: s.address,
        respondentName: s.respondentName, phoneMasked: s.phoneMasked, surveyorName: s.submittedByName, formTitle: s.formVersion.form.title,
        questions: s.formVersion.questions as unknown as SurveyQuestion[], answers: s.answers as Record<string, unknown>,
        latitude: num(s.latitude), longitude: num(s.longitude), callbackOutcome: s.callback?.outcome ?? null,
      })));
      const period = input.month ? `${input.year}-${String(input.month).padStart(2, '0')}` : String(input.year);
      return { fileName: `入户调查-${period}.xlsx`, fileBase64: file.toString('base64'), rows: rows.length };
    }),
} satisfies TRPCRouterRecord;

