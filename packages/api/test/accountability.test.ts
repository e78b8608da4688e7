import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

// Responsibility letters, the accountability register and the hand-picked 后督察台账 (issue 16 item 5).
describe('responsibility and accountability', () => {
  const t = useTestCounty();
  const dept = (key: string) => t.county.seeded.departments.get(key)!.id;
  const unitOf = async (username: string) =>
    (await t.api.database.prisma.user.findFirstOrThrow({ where: { username }, include: { person: true } })).person.orgUnitId;
  const audited = (entityType: string) => t.api.database.prisma.auditLog.count({ where: { entityType } });

  const letter = async (responsibleUnitId: string, title: string, cod = 25) =>
    (await t.api.as('a-duchashi')).letter.create({
      title, kind: 'responsibility', category: '减排', issuingUnitId: dept('supervision-office'), responsibleUnitId,
      periodStart: at(-30), periodEnd: at(300),
      signatories: [{ side: 'issuer', name: '张县长', position: '县长' }, { side: 'signer', name: '李镇长', position: '镇长' }],
      targets: [{ metric: 'COD 削减量', unit: '吨', targetValue: cod }, { metric: '违法排污问责', unit: '起', targetValue: 0, direction: 'zero' }],
    });

  it('a letter is fulfilled when the bound unit reports every target met, and the letters roll up', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const township = await t.api.as('a-xiangzhen');
    const [qinglong, other] = [await unitOf('a-xiangzhen'), await unitOf('a-xiangzhen2')];
    // Issuing is the office's; a township cannot issue one, nor without both sides' signatories.
    await expect(township.letter.create({
      title: '越权', kind: 'target', issuingUnitId: qinglong, responsibleUnitId: qinglong, periodStart: at(-1), periodEnd: at(30),
      signatories: [{ side: 'issuer', name: '张三' }, { side: 'signer', name: '李四' }], targets: [{ metric: 'x', unit: '个', targetValue: 1 }],
    })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(duchashi.letter.create({
      title: '单方签字', kind: 'target', issuingUnitId: dept('supervision-office'), responsibleUnitId: qinglong, periodStart: at(-1), periodEnd: at(30),
      signatories: [{ side: 'signer', name: '李四' }, { side: 'signer', name: '王五' }], targets: [{ metric: 'x', unit: '个', targetValue: 1 }],
    })).rejects.toThrow(/发包方和责任方/);
    await expect(duchashi.letter.create({
      title: '期限颠倒', kind: 'target', issuingUnitId: dept('supervision-office'), responsibleUnitId: qinglong, periodStart: at(30), periodEnd: at(1),
      signatories: [{ side: 'issuer', name: '张三' }, { side: 'signer', name: '李四' }], targets: [{ metric: 'x', unit: '个', targetValue: 1 }],
    })).rejects.toThrow(/结束须晚于开始/);

    const a = await letter(qinglong, '青龙镇减排责任状');
    const b = await letter(other, '金凤镇减排责任状', 30);
    const detail = await township.letter.get({ letterId: a.id });
    expect(detail).toMatchObject({ canReport: true, completion: { targets: 2, met: 0, done: false } });
    expect(detail.signatories.map((s) => [s.side, s.name])).toEqual([['issuer', '张县长'], ['signer', '李镇长']]);
    // Only the bound unit reports; another township may not even read it.
    const [cod, zero] = detail.targets;
    await expect((await t.api.as('a-xiangzhen2')).letter.reportTarget({ targetId: cod!.id, actualValue: 30 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await t.api.as('a-xiangzhen2')).letter.get({ letterId: a.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await township.letter.reportTarget({ targetId: cod!.id, actualValue: 26.5, note: '关停两条生产线' })).done).toBe(false);
    expect((await township.letter.reportTarget({ targetId: zero!.id, actualValue: 0 })).done).toBe(true);
    expect((await duchashi.inbox.list({})).items.map((n) => n.title)).toContain('责任状目标全部完成:青龙镇减排责任状');
    // 金凤镇 short of its target: one of two letters done (50%), the tonnes summed.
    const bCod = (await duchashi.letter.get({ letterId: b.id })).targets[0]!;
    await (await t.api.as('a-xiangzhen2')).letter.reportTarget({ targetId: bCod.id, actualValue: 12 });
    const list = await duchashi.letter.list({ category: '减排' });
    expect(list.rollup).toMatchObject({ letters: 2, done: 1, rate: 50, overdue: 0 });
    expect(list.rollup.sums).toEqual([{ metric: 'COD 削减量', unit: '吨', target: 55, actual: 38.5, letters: 2 }]);
    // The township sees its own letter only.
    expect((await township.letter.list({})).items.map((l) => l.title)).toEqual(['青龙镇减排责任状']);
    expect(await audited('letterTarget')).toBe(3);
  });

  it('the accountability register: linked to an item, case or letter; the office records, the unit concerned reads', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const qinglong = await unitOf('a-xiangzhen');
    const task = await duchashi.task.handOver({ kind: 'rectification', title: '违法用地整改', supervisingUnitId: dept('supervision-office'), responsibleUnitId: qinglong, deadline: at(10) });
    const base = { decidingUnitId: dept('supervision-office'), orgUnitId: qinglong, personName: '赵某', position: '国土所所长', form: 'admonition' as const, reason: '违法用地制止不力', decidedAt: at(-1) };
    await expect(duchashi.accountability.record(base)).rejects.toThrow(/须关联督办事项、联合办案或责任状/);
    await expect(duchashi.accountability.record({ ...base, taskId: task.id, decidedAt: at(2) })).rejects.toThrow(/不能晚于今天/);
    await expect((await t.api.as('a-xiangzhen')).accountability.record({ ...base, taskId: task.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const record = await duchashi.accountability.record({ ...base, taskId: task.id, documentNo: '督问〔2026〕1号' });
    await duchashi.accountability.record({ ...base, personName: '钱某', form: 'reassignment', reason: '技术员履职不到位,予以更换', letterId: (await letter(qinglong, '耕地保护目标责任书')).id });

    const mine = await (await t.api.as('a-xiangzhen')).accountability.list({});
    expect(mine.items.map((r) => r.personName).sort()).toEqual(['赵某', '钱某'].sort());
    expect(mine.items.find((r) => r.id === record.id)).toMatchObject({ task: { id: task.id }, form: 'admonition', documentNo: '督问〔2026〕1号' });
    expect(mine.byForm.sort((x, y) => x.form.localeCompare(y.form))).toEqual([{ form: 'admonition', count: 1 }, { form: 'reassignment', count: 1 }]);
    expect((await (await t.api.as('a-xiangzhen2')).accountability.list({})).items).toEqual([]);
    expect(await audited('accountabilityRecord')).toBe(2);
  });

  it('后督察台账 by name: only a closed case, once while pending; its re-examination keeps the video', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const township = await t.api.as('a-xiangzhen');
    const task = await duchashi.task.handOver({ kind: 'rectification', title: '挂牌督办的养殖场污染', supervisingUnitId: dept('supervision-office'), responsibleUnitId: await unitOf('a-xiangzhen'), deadline: at(10) });
    await expect(duchashi.supervision.pickPostCheck({ taskId: task.id, reason: '挂牌督办案件' })).rejects.toThrow(/只有已办结/);
    await township.task.handle({ taskId: task.id, action: 'sign' });
    await township.task.handle({ taskId: task.id, action: 'start' });
    await township.task.handle({ taskId: task.id, action: 'submit', note: '已治理' });
    await duchashi.task.verify({ taskId: task.id, action: 'pass' });
    await expect(township.supervision.pickPostCheck({ taskId: task.id, reason: '自己挑' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const picked = await duchashi.supervision.pickPostCheck({ taskId: task.id, reason: '挂牌督办案件,群众反映强烈' });
    expect(picked).toMatchObject({ source: 'picked', reason: '挂牌督办案件,群众反映强烈' });
    await expect(duchashi.supervision.pickPostCheck({ taskId: task.id, reason: '再次列入' })).rejects.toThrow(/尚待复查/);

    const video = Buffer.from('00000018667479706d703432', 'hex'); // an MP4's first box
    await expect(duchashi.supervision.recordPostCheck({ checkId: picked.id, result: 'pass', note: '现场无反弹', evidence: [{ fileName: 'a.exe', contentType: 'application/x-msdownload', base64: 'AA==' }] }))
      .rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await duchashi.supervision.recordPostCheck({ checkId: picked.id, result: 'pass', note: '现场无反弹', evidence: [{ fileName: '复查.mp4', contentType: 'video/mp4', base64: video.toString('base64') }] });
    const row = (await duchashi.supervision.postChecks()).find((c) => c.id === picked.id)!;
    expect(row).toMatchObject({ source: 'picked', result: 'pass', pickedByName: expect.any(String) });
    expect(row.evidence.map((e) => [e.fileName, e.contentType])).toEqual([['复查.mp4', 'video/mp4']]);
    const file = await duchashi.supervision.postCheckFile({ checkId: picked.id, evidenceId: row.evidence[0]!.id });
    expect(Buffer.from(file.base64, 'base64').equals(video)).toBe(true);
    // Done: it may be picked again for a later re-examination.
    await duchashi.supervision.pickPostCheck({ taskId: task.id, reason: '一年后再查' });
  });
});
