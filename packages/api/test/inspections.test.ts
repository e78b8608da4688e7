import { parseChecklistTemplate, type ChecklistTemplate } from '@duban/core';
import { contributedTemplates } from '../src/routers/inspections/plugin-templates.ts';
import { jpegWithExif } from '@duban/core/testing';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex').toString('base64');
const PHOTO = jpegWithExif({ takenAt: '2026:06:01 10:30:00', offset: '+08:00', lat: 30.7, lng: 111.28 }).toString('base64');

const template: ChecklistTemplate = {
  key: 'office-check',
  name: { zh: '乡镇防办检查', en: 'Flood office check' },
  sections: [
    {
      key: 'duty', title: { zh: '值班', en: 'Duty' },
      items: [
        { key: 'staff', label: { zh: '值班人数', en: 'Staff on duty' }, type: 'number', required: true, passRule: { kind: 'range', min: 2 }, score: 50 },
        { key: 'logs', label: { zh: '值班记录齐全', en: 'Logs complete' }, type: 'yesNo', required: true, score: 50 },
        { key: 'scene', label: { zh: '现场照片', en: 'Photos' }, type: 'photo', required: true },
        { key: 'sign', label: { zh: '被检查单位签字', en: 'Signature' }, type: 'signature', required: true },
      ],
    },
  ],
};

describe('inspections (督查)', () => {
  const t = useTestCounty();
  let now = Date.now();
  const office = () => t.county.seeded.departments.get('supervision-office')!;
  const water = () => t.county.seeded.departments.get('water-resources')!;
  const person = (unitId: string, skip = 0) => t.county.seeded.people.filter((p) => p.unit.id === unitId)[skip]!;
  const township = (i: number) => t.county.seeded.townships[i]!;
  let groupId: string;
  let templateId: string;

  beforeAll(async () => {
    // One clock for every caller made from now on (contexts copy the services' clock function).
    t.api.services.clock = () => new Date(now);
    const duchashi = await t.api.as('a-duchashi');
    // a-ducha is the supervision office's third person; the group also takes a water bureau officer.
    const group = await duchashi.inspection.createGroup({
      planningUnitId: t.county.county.id, name: '第一督查组', year: 2026,
      members: [{ personId: person(office().id, 2).id, role: 'leader' }, { personId: person(water().id).id, role: 'member' }],
    });
    groupId = group.id;
    templateId = (await duchashi.inspection.createTemplate({ ownerUnitId: t.county.county.id, definition: template })).id;
  });

  const plan = async (overrides: Record<string, unknown> = {}) => {
    const duchashi = await t.api.as('a-duchashi');
    return duchashi.inspection.planVisit({
      orgUnitId: township(0).id, groupId, title: `暗访 ${randomUUID().slice(0, 6)}`, unannounced: true, templateRefs: [templateId],
      windowStart: new Date(now + DAY).toISOString(), windowEnd: new Date(now + 3 * DAY).toISOString(), ...overrides,
    });
  };

  describe('groups and conflicts of interest', () => {
    it('requires one leader and members from more than one unit', async () => {
      const duchashi = await t.api.as('a-duchashi');
      const base = { planningUnitId: t.county.county.id, name: '第二督查组', year: 2026 };
      await expect(duchashi.inspection.createGroup({ ...base, members: [{ personId: person(office().id).id, role: 'member' }, { personId: person(water().id).id, role: 'member' }] }))
        .rejects.toThrow('督查组须有且只有一名组长(现有 0 名)');
      await expect(duchashi.inspection.createGroup({ ...base, members: [{ personId: person(office().id).id, role: 'leader' }, { personId: person(office().id, 1).id, role: 'member' }] }))
        .rejects.toThrow('督查组成员须从多个单位抽调,不能全部来自同一单位');
    });

    it('refuses a visit where a member comes from the inspected township, and a member who would conflict with planned work', async () => {
      const duchashi = await t.api.as('a-duchashi');
      const local = person(township(1).id);
      const mixed = await duchashi.inspection.createGroup({
        planningUnitId: t.county.county.id, name: '交叉督查组', year: 2026,
        members: [{ personId: person(office().id).id, role: 'leader' }, { personId: local.id, role: 'member' }],
      });
      await expect(plan({ groupId: mixed.id, orgUnitId: township(1).id })).rejects.toThrow(`「交叉督查组」不能督查「${township(1).name}」:${local.name}(来自${township(1).name}),须回避`);
      // A village of that township is the same conflict.
      await expect(plan({ groupId: mixed.id, orgUnitId: township(1).villages[0]!.id })).rejects.toThrow(/须回避/);
      await plan({ groupId: mixed.id, orgUnitId: township(0).id });
      // Bringing a 青龙镇-type local into a group that will inspect township 0 is refused too.
      await expect(duchashi.inspection.updateGroup({
        groupId: mixed.id, name: '交叉督查组', year: 2026,
        members: [{ personId: person(office().id).id, role: 'leader' }, { personId: person(township(0).id).id, role: 'member' }],
      })).rejects.toThrow(/须回避「.+」,而本组已计划督查该单位/);
    });
  });

  describe('rotation', () => {
    it('generates a plan, accepts a valid adjustment, and explains a refused one', async () => {
      const duchashi = await t.api.as('a-duchashi');
      // A third district (without townships yet) leaves room to move a group.
      await duchashi.district.create({ name: '测试片区' });
      const districts = await duchashi.district.list();
      const second = await duchashi.inspection.createGroup({
        planningUnitId: t.county.county.id, name: '第三督查组', year: 2026,
        members: [{ personId: person(office().id, 1).id, role: 'leader' }, { personId: person(t.county.seeded.departments.get('health')!.id).id, role: 'member' }],
      });
      const created = await duchashi.inspection.generateRotation({
        planningUnitId: t.county.county.id, name: '2026 年轮换', year: 2026, groupIds: [groupId, second.id], districtIds: districts.map((d) => d.id),
        stages: 2, startsOn: '2026-01-01', endsOn: '2026-12-31',
      });
      const before = await duchashi.inspection.getRotation({ planId: created.id });
      expect(before.violations).toEqual([]);
      expect(before.stages.map((s) => s.startsOn.toISOString().slice(0, 10))).toEqual(['2026-01-01', '2026-07-02']);
      const cell = (p: typeof before, stage: number, g: string) => p.assignments.find((a) => a.stage === stage && a.groupId === g)!.districtId;
      // Back to where it was in stage 1, before covering the others: refused, with the rule.
      await expect(duchashi.inspection.adjustRotation({ planId: created.id, stage: 1, groupId, districtId: cell(before, 0, groupId) }))
        .rejects.toThrow(/第 2 轮「第一督查组」重返「.+」之前,须先轮到「.+」/);
      expect((await duchashi.inspection.getRotation({ planId: created.id })).assignments).toEqual(before.assignments);
      // Into the district nobody covers in stage 2: fine for whichever group has not been there.
      const free = districts.map((d) => d.id).find((d) => ![cell(before, 1, groupId), cell(before, 1, second.id)].includes(d))!;
      const mover = cell(before, 0, groupId) === free ? second.id : groupId;
      expect(await duchashi.inspection.adjustRotation({ planId: created.id, stage: 1, groupId: mover, districtId: free })).toEqual({ swappedWith: null });
      const after = await duchashi.inspection.getRotation({ planId: created.id });
      expect(cell(after, 1, mover)).toBe(free);
      expect(after.violations).toEqual([]);
      // Township officials do not see rotation plans at all.
      const township0 = await t.api.as('a-xiangzhen');
      expect(await township0.inspection.listRotations({})).toEqual([]);
      await expect(township0.inspection.getRotation({ planId: created.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses to generate what cannot be done, saying why', async () => {
      const duchashi = await t.api.as('a-duchashi');
      const districts = await duchashi.district.list();
      const locals = await duchashi.inspection.createGroup({
        planningUnitId: t.county.county.id, name: '本地组', year: 2026,
        members: [{ personId: person(township(0).id).id, role: 'leader' }, { personId: person(township(2).id).id, role: 'member' }],
      });
      await expect(duchashi.inspection.generateRotation({
        planningUnitId: t.county.county.id, name: '不可行', year: 2026, groupIds: [locals.id], districtIds: districts.filter((d) => d.townships.length).map((d) => d.id),
        stages: 2, startsOn: '2026-01-01', endsOn: '2026-12-31',
      })).rejects.toThrow(/「本地组」与所有片区都有回避关系/);
    });
  });

  describe('confidentiality of unannounced visits (三不准)', () => {
    it('hides an unannounced visit from the inspected township on every path until the visit starts', async () => {
      now = Date.parse('2026-06-01T01:00:00Z');
      const secret = await plan({ title: '防汛工作暗访' });
      const open = await plan({ title: '防汛工作明查', unannounced: false });
      const lapsed = await plan({ title: '过期暗访', windowStart: new Date(now + DAY).toISOString(), windowEnd: new Date(now + 2 * DAY).toISOString() });

      /** Everything the township (and its village) can learn about visits, path by path. */
      const looks = async (username: string) => {
        const c = await t.api.as(username);
        const list = await c.inspection.listVisits({ pageSize: 200 });
        const searched = await c.inspection.listVisits({ search: '暗访', pageSize: 200 });
        const stats = await c.inspection.visitStats({});
        const exported = await c.inspection.exportVisits({});
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(exported.fileBase64, 'base64') as unknown as ArrayBuffer);
        const exportTitles: string[] = [];
        wb.worksheets[0]!.eachRow((row, n) => void (n > 1 && exportTitles.push(String(row.getCell(1).value))));
        const inbox = await c.inbox.list({});
        const byId = await c.inspection.getVisit({ visitId: secret.id }).then((v) => v.title, (e: { code: string }) => e.code);
        return {
          listed: list.items.map((v) => v.title), total: list.total, searched: searched.items.map((v) => v.title), stats: stats.total,
          exported: exportTitles, inbox: inbox.items.map((n) => n.title).filter((x) => x.includes('防汛工作暗访')), byId,
        };
      };
      const hidden = { listed: ['防汛工作明查'], total: 1, searched: [], stats: 1, exported: ['防汛工作明查'], inbox: [], byId: 'NOT_FOUND' };
      expect(await looks('a-xiangzhen')).toMatchObject(hidden);
      // The village below cannot read the township's visits at all.
      expect(await looks('a-cunganbu')).toMatchObject({ ...hidden, listed: [], total: 0, stats: 0, exported: [], byId: 'FORBIDDEN' });
      // Others outside the planners and the group do not see it either; the planner and the group do.
      expect((await looks('a-kaohe')).byId).toBe('NOT_FOUND');
      expect((await looks('a-ducha')).byId).toBe('防汛工作暗访');
      expect((await looks('a-duchashi')).listed).toEqual(expect.arrayContaining(['防汛工作暗访', '防汛工作明查', '过期暗访']));
      // The attempt by id is audited as denied.
      // (written after the answer, so that a hidden visit is not slower than a missing one)
      await expect.poll(async () => (await t.api.database.prisma.auditLog.findMany({ where: { outcome: 'denied', entityId: secret.id } })).map((d) => d.procedure)).toContain('inspection.getVisit');
      // A hidden visit and a missing one get the same answer: message, key and params but the id (F11).
      const refusal = async (visitId: string) => {
        const error = await (await t.api.as('a-xiangzhen')).inspection.getVisit({ visitId }).then(() => null, (e: unknown) => e as { code: string; message: string; cause: { key: string; params: object } });
        return { code: error!.code, message: error!.message.replace(visitId, '<id>'), key: error!.cause.key, params: Object.keys(error!.cause.params) };
      };
      expect(await refusal(secret.id)).toEqual(await refusal('00000000-0000-4000-8000-000000000000'));
      // Announced visits are notified; the unannounced one is not.
      expect((await (await t.api.as('a-xiangzhen')).inbox.list({})).items.map((n) => n.title)).toContain('督查通知:防汛工作明查');

      // The window opens: still secret until the group arrives.
      now += DAY + 2 * HOUR;
      expect(await looks('a-xiangzhen')).toMatchObject(hidden);
      const ducha = await t.api.as('a-ducha');
      await ducha.inspection.startVisit({ visitId: secret.id });
      const after = await looks('a-xiangzhen');
      expect(after).toMatchObject({ total: 2, stats: 2, byId: '防汛工作暗访', searched: ['防汛工作暗访'], inbox: ['督查组已到达:防汛工作暗访'] });
      expect(after.listed.sort()).toEqual(['防汛工作明查', '防汛工作暗访'].sort());
      expect(after.exported.sort()).toEqual(['防汛工作明查', '防汛工作暗访'].sort());

      // A visit never carried out becomes visible once its window is over (a cancelled one never).
      expect((await looks('a-xiangzhen')).listed).not.toContain('过期暗访');
      now += DAY;
      expect((await looks('a-xiangzhen')).listed).toContain('过期暗访');
      void open;
      void lapsed;
    });
  });

  describe('records, evidence and findings', () => {
    const submission = (visitId: string, versionId: string, overrides: Record<string, unknown> = {}) => ({
      idempotencyKey: randomUUID(), visitId, templateVersionId: versionId, capturedAt: new Date(now).toISOString(),
      gps: { lat: 30.7, lng: 111.28, accuracy: 12 },
      answers: { staff: 1, logs: true, scene: ['p1'], sign: 's1' },
      files: [
        { ref: 'p1', itemKey: 'scene', kind: 'photo' as const, fileName: '值班室.jpg', contentType: 'image/jpeg', base64: PHOTO },
        { ref: 's1', itemKey: 'sign', kind: 'signature' as const, fileName: 'signature.png', contentType: 'image/png', base64: PNG },
      ],
      ...overrides,
    });

    const startedVisit = async () => {
      now = Date.parse('2026-07-01T01:00:00Z');
      const visit = await plan({ title: '记录测试' });
      now += DAY + HOUR;
      const ducha = await t.api.as('a-ducha');
      await ducha.inspection.startVisit({ visitId: visit.id });
      const detail = await ducha.inspection.getVisit({ visitId: visit.id });
      return { visit, versionId: detail.forms[0]!.templateVersionId, ducha };
    };

    it('stores a record with evaluation, hashed photos with EXIF, a signature, and keeps it immutable', async () => {
      const { visit, versionId, ducha } = await startedVisit();
      const result = await ducha.inspection.submitRecord(submission(visit.id, versionId));
      expect(result).toMatchObject({ version: 1, passed: false, score: 50, maxScore: 50 + 50 });
      const record = await ducha.inspection.getRecord({ recordId: result.id });
      expect(record.evaluation).toMatchObject({ staff: { passed: false, reason: '实际 1,要求 ≥ 2' } });
      const photo = record.files.find((f) => f.kind === 'photo')!;
      expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(photo.exifTakenAt?.toISOString()).toBe('2026-06-01T02:30:00.000Z');
      expect(photo.exifLatitude).toBeCloseTo(30.7, 4);
      expect(record.answers).toMatchObject({ scene: [photo.id] });
      const file = await (await t.api.as('a-xiangzhen')).inspection.recordFile({ recordId: result.id, fileId: photo.id });
      expect(file.base64).toBe(PHOTO);
      // The database refuses to change a submitted record.
      await expect(t.api.database.prisma.inspectionRecord.update({ where: { countyId_id: { countyId: t.county.county.id, id: result.id } }, data: { passed: true } }))
        .rejects.toThrow(/immutable/);
      // A correction is a new version linked to the previous one.
      const fixed = await ducha.inspection.submitRecord(submission(visit.id, versionId, { previousId: result.id, correctionNote: '人数记错', answers: { staff: 2, logs: true, scene: ['p1'], sign: 's1' } }));
      expect(fixed).toMatchObject({ version: 2, passed: true, score: 100 });
      await expect(ducha.inspection.submitRecord(submission(visit.id, versionId, { previousId: result.id, correctionNote: '再改' })))
        .rejects.toThrow('该记录已有更正(第 2 版),请在最新版本上更正');
      // Only the group's members fill records.
      await expect((await t.api.as('a-duchashi')).inspection.submitRecord(submission(visit.id, versionId))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect((await t.api.as('a-admin')).inspection.submitRecord(submission(visit.id, versionId))).rejects.toThrow('只有本督查组成员可以进行此项操作');
      // Incomplete forms are refused with what is missing.
      await expect(ducha.inspection.submitRecord(submission(visit.id, versionId, { answers: { staff: 3, logs: true }, files: [] })))
        .rejects.toThrow('「现场照片」为必填项;「被检查单位签字」为必填项');
    });

    it('answers a replayed submission with the first result and keeps exactly one record', async () => {
      const { visit, versionId, ducha } = await startedVisit();
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 10 }), async (replays) => {
          const input = submission(visit.id, versionId);
          const first = await ducha.inspection.submitRecord(input);
          for (let i = 0; i < replays; i++) {
            // The client retries from scratch (a new connection, a new session even).
            const again = await (await t.api.as('a-ducha')).inspection.submitRecord(input);
            expect(again).toEqual(first);
          }
          const rows = await t.api.database.prisma.inspectionRecord.findMany({ where: { idempotencyKey: input.idempotencyKey } });
          expect(rows.map((r) => r.id)).toEqual([first.id]);
        }),
        { numRuns: 8 },
      );
    });

    it('refuses a reused key with other answers (409), as a survey does (F21)', async () => {
      const { visit, versionId, ducha } = await startedVisit();
      const input = submission(visit.id, versionId);
      const first = await ducha.inspection.submitRecord(input);
      const changed = { ...input, answers: { ...input.answers, staff: (input.answers.staff as number) + 5 } };
      await expect(ducha.inspection.submitRecord(changed)).rejects.toMatchObject({ code: 'CONFLICT', cause: { key: 'inspections.errors.keyReused' } });
      await expect(ducha.inspection.submitRecord({ ...input, capturedAt: new Date(Date.parse(input.capturedAt) + 60_000).toISOString() })).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(ducha.inspection.submitRecord(input)).resolves.toEqual(first);
      expect(await t.api.database.prisma.inspectionRecord.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    });

    it('turns a failed item into a rectification item with evidence and a secret return visit, in one action', async () => {
      const { visit, versionId, ducha } = await startedVisit();
      const record = await ducha.inspection.submitRecord(submission(visit.id, versionId));
      const deadline = new Date(now + 10 * DAY).toISOString();
      const out = await ducha.inspection.handOverFinding({ visitId: visit.id, recordId: record.id, itemKey: 'staff', deadline });
      expect(out.serial).toMatch(/^督办〔\d{4}〕\d+号$/);
      expect(out.evidence).toBe(1);
      await expect(ducha.inspection.handOverFinding({ visitId: visit.id, recordId: record.id, itemKey: 'staff', deadline })).rejects.toThrow(`该问题已交办(${out.serial})`);
      await expect(ducha.inspection.handOverFinding({ visitId: visit.id, recordId: record.id, itemKey: 'logs', deadline })).rejects.toThrow('「值班记录齐全」没有判定为不合格,无需交办');

      const xiangzhen = await t.api.as('a-xiangzhen');
      const task = await xiangzhen.task.get({ taskId: out.taskId });
      expect(task).toMatchObject({ kind: 'rectification', responsibleUnit: { id: township(0).id }, title: `${township(0).name}:值班人数不合格` });
      expect(task.description).toContain('实际 1,要求 ≥ 2');
      expect(task.events[0]!.evidence.map((e) => e.fileName)).toEqual(['值班室.jpg']);
      expect((await xiangzhen.task.list({ pageSize: 200 })).items.map((i) => i.id)).toContain(out.taskId);
      // The return visit (杀回马枪) exists for the group, unannounced, after the deadline — and the township cannot see it.
      const mine = (await ducha.inspection.getVisit({ visitId: visit.id })).findings[0]!;
      expect(mine.returnVisit).toMatchObject({ id: out.returnVisitId, status: 'planned' });
      expect(new Date(mine.returnVisit!.windowStart).getTime()).toBeGreaterThan(Date.parse(deadline));
      expect((await xiangzhen.inspection.getVisit({ visitId: visit.id })).findings[0]).toMatchObject({ returnVisit: null, returnVisitId: null });
      // Nor its id, anywhere (F11): the group sees it, the township does not.
      expect((await xiangzhen.inspection.listFindings({})).find((f) => f.taskId === out.taskId)!.returnVisitId).toBeNull();
      expect((await ducha.inspection.listFindings({})).find((f) => f.taskId === out.taskId)!.returnVisitId).toBe(out.returnVisitId);
      await expect(xiangzhen.inspection.getVisit({ visitId: out.returnVisitId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect((await xiangzhen.inspection.listFindings({})).map((f) => f.taskId)).toContain(out.taskId);
    });
  });

  describe('templates', () => {
    it('versions a template; a record keeps the version it was filled with', async () => {
      const duchashi = await t.api.as('a-duchashi');
      const created = await duchashi.inspection.createTemplate({ ownerUnitId: t.county.county.id, definition: { ...template, key: 'versioned' } });
      await expect(duchashi.inspection.updateTemplate({ templateId: created.id, definition: { ...template, key: 'versioned' } })).rejects.toThrow('内容没有变化,无需保存新版本');
      const v2 = await duchashi.inspection.updateTemplate({ templateId: created.id, definition: { ...template, key: 'versioned', name: { zh: '乡镇防办检查(修订)', en: 'Rev' } } });
      expect(v2.currentVersion).toBe(2);
      expect((await duchashi.inspection.getTemplate({ templateId: created.id, version: 1 })).definition).toMatchObject({ name: { zh: '乡镇防办检查' } });
      await expect(duchashi.inspection.createTemplate({ ownerUnitId: t.county.county.id, definition: { key: 'bad', name: { zh: '坏' }, items: [{ key: 'a', label: { zh: '甲' }, type: 'choice', options: ['一'] }] } }))
        .rejects.toThrow(/至少需要两个选项/);
    });

    it('accepts every checklist template the installed plugins contribute', () => {
      const contributed = contributedTemplates();
      expect(contributed.length).toBeGreaterThan(0);
      for (const c of contributed) expect(() => parseChecklistTemplate(c.template), `${c.pluginId}:${c.template.key}`).not.toThrow();
    });

    it('offers a plugin template only where its plugin is enabled', async () => {
      const admin = await t.api.as('a-admin');
      const offered = async () => (await admin.inspection.availableTemplates({ orgUnitId: township(2).id })).filter((x) => x.pluginId === 'flood-control');
      expect(await offered()).toEqual([]);
      await expect(plan({ orgUnitId: township(2).id, templateRefs: ['plugin:flood-control:flood-control.township-office'] })).rejects.toThrow(/未对被督查单位启用/);
      await admin.plugin.setEnablement({ orgUnitId: township(2).id, pluginId: 'flood-control', enabled: true });
      const [ref] = await offered();
      expect(ref).toMatchObject({ ref: 'plugin:flood-control:flood-control.township-office', name: '乡镇防办规范化建设' });
      now = Date.now();
      const visit = await plan({ orgUnitId: township(2).id, templateRefs: [ref!.ref] });
      const detail = await (await t.api.as('a-duchashi')).inspection.getVisit({ visitId: visit.id });
      expect(detail.forms[0]!.definition).toMatchObject({ key: 'flood-control.township-office', sections: [{ key: 'main' }] });
    });
  });
});
