import { randomUUID } from 'node:crypto';
import { deflateSync, crc32 } from 'node:zlib';
import { metricSource } from '@duban/core';
import { newId } from '@duban/db';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;
const RAW_PHONE = '13912345678';

/** A real (if blank) PNG of w × h pixels, as the signature pad sends it. */
function png(w = 40, h = 20): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const raw = Buffer.alloc((w + 1) * h, 255);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}
const SIGNATURE = png();

describe('household surveys', () => {
  const t = useTestCounty();
  const ids = {} as { county: string; groupId: string; otherGroupId: string; formId: string; versionId: string; visitId: string; t0: string; villages: string[]; otherVillage: string };

  beforeAll(async () => {
    const prisma = t.api.database.prisma;
    const countyId = t.county.county.id;
    ids.county = countyId;
    const ducha = await prisma.user.findFirstOrThrow({ where: { username: 'a-ducha' } });
    // Supervision groups and a visit come from the inspections area; made directly here.
    ids.groupId = newId();
    ids.otherGroupId = newId();
    await prisma.inspectionGroup.createMany({
      data: [
        { countyId, id: ids.groupId, planningUnitId: countyId, name: '第一督查组', year: 2026 },
        { countyId, id: ids.otherGroupId, planningUnitId: countyId, name: '第二督查组', year: 2026 },
      ],
    });
    await prisma.inspectionGroupMember.create({ data: { countyId, id: newId(), groupId: ids.groupId, personId: ducha.personId, role: 'member' } });
    const [t0, t1] = t.county.seeded.townships;
    ids.t0 = t0!.id;
    ids.villages = t0!.villages.map((v) => v.id);
    ids.otherVillage = t1!.villages[0]!.id;
    ids.visitId = newId();
    await prisma.inspectionVisit.create({
      data: {
        countyId, id: ids.visitId, planningUnitId: countyId, orgUnitId: t0!.id, groupId: ids.groupId, title: '青龙镇入户督查',
        windowStart: new Date(Date.now() - DAY), windowEnd: new Date(Date.now() + 5 * DAY), unannounced: false, status: 'in_progress', startedAt: new Date(Date.now() - DAY),
      },
    });
    const office = await t.api.as('a-duchashi');
    const form = await office.survey.form.create({
      ownerUnitId: countyId, title: '柑橘病虫害防控入户调查', topic: '柑橘病虫害防控',
      questions: [
        { key: 'aware', label: '是否知晓防控政策', type: 'yes_no', required: true },
        { key: 'measures', label: '采取了哪些防控措施', type: 'choice', options: ['喷药', '套袋', '清园'], multiple: true, required: true },
        { key: 'satisfied', label: '对防控工作是否满意', type: 'satisfaction', required: true },
        { key: 'advice', label: '意见建议', type: 'text', maxLength: 200, required: false },
      ],
    });
    ids.formId = form.id;
    ids.versionId = (await prisma.surveyFormVersion.findFirstOrThrow({ where: { formId: form.id } })).id;
  });

  const submission = (over: Record<string, unknown> = {}) => ({
    idempotencyKey: randomUUID(), formVersionId: ids.versionId, groupId: ids.groupId, visitId: ids.visitId, villageId: ids.villages[0]!,
    address: '三组 12 号', respondentName: '王秀英', phone: RAW_PHONE, signaturePngBase64: SIGNATURE,
    answers: { aware: true, measures: ['喷药', '清园'], satisfied: 'satisfied' },
    latitude: 29.5631, longitude: 106.5516, accuracyMeters: 12, capturedAt: new Date().toISOString(), ...over,
  });

  it('stores the phone protected: never in clear in the row, the list, the export or the audit log', async () => {
    const ducha = await t.api.as('a-ducha');
    const sent = await ducha.survey.submit(submission({ phone: '139 1234 5678' }));
    const row = await t.api.database.prisma.householdSurvey.findUniqueOrThrow({ where: { countyId_id: { countyId: ids.county, id: sent.id } } });
    expect(JSON.stringify(row)).not.toContain(RAW_PHONE);
    expect(row.phoneMasked).toBe('139****5678');
    const office = await t.api.as('a-duchashi');
    const list = await office.survey.list({ year: new Date().getFullYear() });
    expect(list.items.find((s) => s.id === sent.id)?.phoneMasked).toBe('139****5678');
    expect(JSON.stringify(list)).not.toContain(RAW_PHONE);
    expect(JSON.stringify(await office.survey.get({ surveyId: sent.id }))).not.toContain(RAW_PHONE);
    const exported = await office.survey.export({ year: new Date().getFullYear() });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(exported.fileBase64, 'base64') as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => void cells.push(String(c.value))));
    expect(cells).toContain('139****5678');
    expect(cells.join('|')).not.toContain(RAW_PHONE);
    const audit = await t.api.database.prisma.auditLog.findMany({ where: { countyId: ids.county } });
    expect(JSON.stringify(audit)).not.toContain(RAW_PHONE);
    // The signature is kept as the PNG that was sent.
    expect((await office.survey.signature({ surveyId: sent.id })).base64).toBe(SIGNATURE);
  });

  it('reveals a number only to core.survey.revealPhone, and audits every reveal', async () => {
    const ducha = await t.api.as('a-ducha');
    const sent = await ducha.survey.submit(submission());
    await expect(ducha.survey.revealPhone({ surveyId: sent.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const office = await t.api.as('a-duchashi');
    expect((await office.survey.get({ surveyId: sent.id })).canReveal).toBe(true);
    expect(await office.survey.revealPhone({ surveyId: sent.id })).toEqual({ phone: RAW_PHONE });
    const audit = await t.api.database.prisma.auditLog.findFirst({ where: { countyId: ids.county, procedure: 'survey.revealPhone', entityId: sent.id } });
    expect(audit).toMatchObject({ outcome: 'ok', detail: 'phone revealed (139****5678)' });
    // A township (the surveyed unit) sees no surveys at all.
    const township = await t.api.as('a-xiangzhen');
    await expect(township.survey.get({ surveyId: sent.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  // Every case of the property (1–10 replays × sequential or concurrent) is enumerated: the
  // domain is small enough to test exhaustively rather than by sampling (and fast-check is not a
  // dependency of this package; the offline queue's property test in apps/web uses it).
  it.each(Array.from({ length: 10 }, (_, i) => i + 1).flatMap((n) => [[n, false], [n, true]] as const))(
    'replays one submission %i time(s) (concurrently: %s) and records it once, returning the first result',
    async (replays, concurrent) => {
      const ducha = await t.api.as('a-ducha');
      const input = submission();
      const first = await ducha.survey.submit(input);
      const again: unknown[] = [];
      if (concurrent) again.push(...(await Promise.all(Array.from({ length: replays }, () => ducha.survey.submit(input)))));
      else for (let i = 0; i < replays; i++) again.push(await ducha.survey.submit(input));
      for (const r of again) expect(r).toEqual(first);
      const count = await t.api.database.prisma.householdSurvey.count({ where: { countyId: ids.county, idempotencyKey: input.idempotencyKey } });
      expect(count).toBe(1);
    },
  );

  it('records one survey when the first attempt and its replays race from the start', async () => {
    const ducha = await t.api.as('a-ducha');
    const input = submission();
    const results = await Promise.all(Array.from({ length: 6 }, () => ducha.survey.submit(input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await t.api.database.prisma.householdSurvey.count({ where: { countyId: ids.county, idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it('refuses the same key with different content, and answers that do not fit the form', async () => {
    const ducha = await t.api.as('a-ducha');
    const input = submission();
    await ducha.survey.submit(input);
    await expect(ducha.survey.submit({ ...input, respondentName: '别人' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(ducha.survey.submit(submission({ answers: { aware: true, measures: ['打药'], satisfied: 'satisfied' } }))).rejects.toThrow(/采取了哪些防控措施/);
    await expect(ducha.survey.submit(submission({ phone: '12345' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(ducha.survey.submit(submission({ idempotencyKey: 'not-a-uuid' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // A village outside the visit's township.
    await expect(ducha.survey.submit(submission({ villageId: ids.otherVillage }))).rejects.toThrow(/不在本次督查/);
  });

  it('lets only group members (or managers) survey for a group', async () => {
    const ducha = await t.api.as('a-ducha');
    await expect(ducha.survey.submit(submission({ groupId: ids.otherGroupId, visitId: null }))).rejects.toThrow(/不是「第二督查组」的成员/);
    const office = await t.api.as('a-duchashi');
    await expect(office.survey.submit(submission({ groupId: ids.otherGroupId, visitId: null }))).resolves.toMatchObject({ id: expect.any(String) });
    const context = await ducha.survey.fillContext();
    expect(context.groups.map((g) => g.id)).toEqual([ids.groupId]);
    expect(context.visits.map((v) => v.id)).toEqual([ids.visitId]);
    expect(context.forms[0]).toMatchObject({ id: ids.formId, versionId: ids.versionId });
    expect(context.townships.find((x) => x.id === ids.t0)?.villages.map((v) => v.id)).toEqual(ids.villages);
  });

  it('computes quotas set-based: households per group per month (China time) and villages covered per visit', async () => {
    const ducha = await t.api.as('a-ducha');
    const office = await t.api.as('a-duchashi');
    // 23:30 on 31 May in China is 15:30 UTC: a May survey (not June's).
    const year = new Date().getFullYear() - 1;
    await office.survey.setSettings({ ...(await office.survey.settings()), monthlyQuota: 3 });
    const lateMay = new Date(`${year}-05-31T23:30:00+08:00`);
    const earlyJune = new Date(`${year}-06-01T00:10:00+08:00`);
    const before = await office.survey.quotas({ year });
    const count = (r: typeof before, month: number) => r.groups.find((g) => g.groupId === ids.groupId)?.months[month - 1] ?? 0;
    // Sixty days is the offline limit: write these two directly, as a past year's data.
    for (const [i, at] of [lateMay, earlyJune].entries()) {
      await t.api.database.prisma.householdSurvey.create({
        data: {
          countyId: ids.county, id: newId(), formVersionId: ids.versionId, groupId: ids.groupId, townshipId: ids.t0, villageId: ids.villages[i % 2]!, address: '一组',
          respondentName: '甲', phoneCipher: 'x', phoneHash: `q${i}`, phoneMasked: '139****0000', signatureSha256: '0'.repeat(64), signatureSize: 1,
          answers: {}, capturedAt: at, submittedByUserId: 'u', submittedByName: '甲', idempotencyKey: randomUUID(), requestDigest: 'x',
        },
      });
    }
    const after = await office.survey.quotas({ year });
    expect(count(after, 5) - count(before, 5)).toBe(1);
    expect(count(after, 6) - count(before, 6)).toBe(1);
    expect(after.groups.find((g) => g.groupId === ids.groupId)?.quota).toBe(3);

    // The visit: its township has 2 villages, so ⌈2 / 3⌉ = 1 must be covered.
    const thisYear = new Date().getFullYear();
    const visits = async () => (await office.survey.quotas({ year: thisYear })).visits.find((v) => v.visitId === ids.visitId)!;
    const v0 = await visits();
    expect(v0).toMatchObject({ villages: 2, required: 1 });
    await ducha.survey.submit(submission({ villageId: ids.villages[1]! }));
    expect(await visits()).toMatchObject({ villages: 2, required: 1, covered: 2 });
    await office.survey.setSettings({ ...(await office.survey.settings()), villageShareNum: 1, villageShareDen: 1 });
    expect(await visits()).toMatchObject({ required: 2 });
    await office.survey.setSettings({ ...(await office.survey.settings()), villageShareNum: 1, villageShareDen: 3, monthlyQuota: 200 });
  });

  it('keeps an unannounced visit that has not started off the dashboard of readers who may not see it', async () => {
    const prisma = t.api.database.prisma;
    const secret = newId();
    await prisma.inspectionVisit.create({
      data: {
        countyId: ids.county, id: secret, planningUnitId: ids.county, orgUnitId: t.county.seeded.townships[2]!.id, groupId: ids.otherGroupId, title: '暗访',
        windowStart: new Date(Date.now() - 3_600_000), windowEnd: new Date(Date.now() + 3 * DAY), unannounced: true, status: 'planned',
      },
    });
    const year = new Date().getFullYear();
    const seenBy = async (username: string) => (await (await t.api.as(username)).survey.quotas({ year })).visits.some((v) => v.visitId === secret);
    expect(await seenBy('a-kaohe')).toBe(false); // assessor: reads surveys, plans nothing, not in the group
    expect(await seenBy('a-ducha')).toBe(false); // inspector of another group
    expect(await seenBy('a-duchashi')).toBe(true); // plans inspections
  });

  it('lists fabrication flags with evidence (masked), using the county thresholds', async () => {
    const ducha = await t.api.as('a-ducha');
    const office = await t.api.as('a-duchashi');
    await office.survey.setSettings({ ...(await office.survey.settings()), clusterMinSurveys: 3, clusterRadiusMeters: 30, minGapMinutes: 3, phoneRepeatMin: 2 });
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    // Three households at one point, one phone twice, two surveys a minute apart.
    await ducha.survey.submit(submission({ latitude: 30.1, longitude: 107.1, capturedAt: at(300), phone: '13700000001' }));
    await ducha.survey.submit(submission({ latitude: 30.1, longitude: 107.1, capturedAt: at(200), phone: '13700000002' }));
    await ducha.survey.submit(submission({ latitude: 30.1001, longitude: 107.1, capturedAt: at(100), phone: '13700000002' }));
    await ducha.survey.submit(submission({ latitude: 30.2, longitude: 107.2, capturedAt: at(99), phone: '13700000003' }));
    const { flags } = await office.survey.flags({ year: new Date().getFullYear() });
    const kinds = new Set(flags.map((f) => f.kind));
    expect(kinds).toEqual(new Set(['gps_cluster', 'impossible_timing', 'repeated_phone']));
    const phoneFlag = flags.find((f) => f.kind === 'repeated_phone' && f.surveys.some((s) => s.phoneMasked === '137****0002'));
    expect(phoneFlag?.surveys).toHaveLength(2);
    expect(JSON.stringify(flags)).not.toContain('13700000002');
    const timing = flags.find((f) => f.kind === 'impossible_timing' && f.kind === 'impossible_timing' && f.gapMinutes < 3);
    expect(timing).toBeDefined();
    await office.survey.setSettings({ ...(await office.survey.settings()), clusterMinSurveys: 5, phoneRepeatMin: 2 });
  });

  it('draws call-backs reproducibly from a seed and records their outcomes', async () => {
    const office = await t.api.as('a-duchashi');
    const from = new Date(Date.now() - 30 * DAY).toISOString();
    const to = new Date(Date.now() + DAY).toISOString();
    const draw = await office.survey.callback.draw({ orgUnitId: ids.t0, from, to, sharePercent: 20, seed: 'seed-2026' });
    expect(draw.drawn).toBe(Math.ceil(draw.eligible * 0.2));
    expect(draw.seed).toBe('seed-2026');
    const list = await office.survey.callback.list({ drawId: draw.id });
    expect(list).toHaveLength(draw.drawn);
    expect(JSON.stringify(list)).not.toContain(RAW_PHONE);
    const [first, second] = list;
    await expect(office.survey.callback.record({ callbackId: first!.id, outcome: 'reached_denied' })).rejects.toThrow(/须写明情况/);
    await office.survey.callback.record({ callbackId: first!.id, outcome: 'reached_denied', note: '称未接受过调查' });
    await expect(office.survey.callback.record({ callbackId: first!.id, outcome: 'reached_confirmed' })).rejects.toThrow(/不能更改/);
    if (second) {
      await office.survey.callback.record({ callbackId: second.id, outcome: 'unreachable' });
      await office.survey.callback.record({ callbackId: second.id, outcome: 'reached_confirmed', note: '第二次拨通' });
    }
    // A second draw picks among surveys not drawn before.
    const again = await office.survey.callback.draw({ orgUnitId: ids.t0, from, to, sharePercent: 100 });
    expect(again.eligible).toBe(draw.eligible - draw.drawn);
    // An inspector may read but not call back.
    const ducha = await t.api.as('a-ducha');
    await expect(ducha.survey.callback.draw({ orgUnitId: ids.t0, from, to, sharePercent: 10 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('versions a form when its questions change; surveys keep the version they were filled with', async () => {
    const office = await t.api.as('a-duchashi');
    const before = (await office.survey.form.list()).find((f) => f.id === ids.formId)!;
    await office.survey.form.update({ formId: ids.formId, title: before.title, topic: before.topic, description: '改为两题', questions: before.questions.slice(0, 2) });
    const after = (await office.survey.form.list()).find((f) => f.id === ids.formId)!;
    expect(after.currentVersion).toBe(before.currentVersion + 1);
    expect(after.questions).toHaveLength(2);
    // Only the description changed: no new version.
    await office.survey.form.update({ formId: ids.formId, title: after.title, topic: after.topic, description: '再改说明', questions: after.questions });
    expect((await office.survey.form.list()).find((f) => f.id === ids.formId)!.currentVersion).toBe(after.currentVersion);
    // An offline survey filled against version 1 is still accepted, and keeps its version.
    const ducha = await t.api.as('a-ducha');
    const sent = await ducha.survey.submit(submission());
    expect((await office.survey.get({ surveyId: sent.id })).questions).toHaveLength(4);
  });

  it('the share of an answer to a question is a metric per unit and period: 知晓率, a pick of a multiple choice, 满意率 (issue 11, C8)', async () => {
    const office = await t.api.as('a-duchashi');
    const form = await office.survey.form.create({
      ownerUnitId: ids.county, title: '防汛知识知晓率调查', topic: '防汛',
      questions: [
        { key: 'aware', label: '是否知晓转移路线', type: 'yes_no', required: true },
        { key: 'measures', label: '家中备有哪些物资', type: 'choice', options: ['手电', '救生衣', '口哨'], multiple: true, required: true },
        { key: 'satisfied', label: '对防汛宣传是否满意', type: 'satisfaction', required: false },
      ],
    });
    const versionId = (await t.api.database.prisma.surveyFormVersion.findFirstOrThrow({ where: { formId: form.id } })).id;
    const ducha = await t.api.as('a-ducha');
    const answers = [
      { aware: true, measures: ['手电', '口哨'], satisfied: 'satisfied' },
      { aware: true, measures: ['手电'], satisfied: 'dissatisfied' },
      { aware: false, measures: ['救生衣'] },
      { aware: true, measures: ['手电', '救生衣'], satisfied: 'satisfied' },
    ];
    for (const [i, a] of answers.entries()) {
      await ducha.survey.submit(submission({ formVersionId: versionId, villageId: ids.villages[i % 2]!, phone: `1391234567${i}`, answers: a }));
    }
    const period = { start: new Date(Date.now() - 10 * DAY), end: new Date(Date.now() + DAY) };
    const share = (param: string) =>
      metricSource(`core.survey.answerShare:${form.id}/${param}`)!.item.compute(t.api.database.prisma, { countyId: ids.county, orgUnitIds: [ids.t0, ids.villages[1]!, t.county.seeded.townships[1]!.id], period });
    const aware = await share('aware=true');
    expect(aware.get(ids.t0)).toBe(75); // 3 of 4 households in the township's villages
    expect(aware.get(ids.villages[1]!)).toBe(100); // the second village: surveys 2 and 4, both 是
    expect(aware.has(t.county.seeded.townships[1]!.id)).toBe(false); // no surveys: no data
    expect((await share('measures=手电')).get(ids.t0)).toBe(75); // among the picks of a multiple choice
    expect((await share('satisfied=satisfied')).get(ids.t0)).toBeCloseTo(200 / 3, 6); // 2 of the 3 who answered
    // Outside the period nothing counts; the editor is offered each answer by name.
    expect((await metricSource(`core.survey.answerShare:${form.id}/aware=true`)!.item.compute(t.api.database.prisma, { countyId: ids.county, orgUnitIds: [ids.t0], period: { start: new Date(Date.now() + DAY), end: new Date(Date.now() + 2 * DAY) } })).size).toBe(0);
    const catalog = await office.assessment.catalog();
    expect(catalog.metrics.find((m) => m.key === `core.survey.answerShare:${form.id}/aware=true`)).toMatchObject({ name: { zh: '「防汛知识知晓率调查」是否知晓转移路线:答「是」占比' }, unit: '%' });
    expect(catalog.metrics.filter((m) => m.key.startsWith(`core.survey.answerShare:${form.id}/`))).toHaveLength(2 + 3 + 3);
  });
});
