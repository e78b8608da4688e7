import { describe, expect, it } from 'vitest';
import { useTestCounty } from './county-fixture.ts';

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY).toISOString();

// 联合办案 (issue 16 item 2, C6): a lead unit and co-handlers, each share with its own item,
// deadline and steps; 移交/移送/移办 recorded; the case closes only with its last share.
describe('joint cases', () => {
  const t = useTestCounty();
  const dept = (key: string) => t.county.seeded.departments.get(key)!.id;
  const unitOf = async (username: string) =>
    (await t.api.database.prisma.user.findFirstOrThrow({ where: { username }, include: { person: true } })).person.orgUnitId;

  /** 违建 on the river bank: 青龙镇 (a-xiangzhen) leads the demolition, 水利局 (a-shuili) cuts the water intake, the next township helps. */
  const open = async () => {
    const duchashi = await t.api.as('a-duchashi');
    return duchashi.jointCase.open({
      title: '河道管理范围内违法建筑', category: '违建', supervisingUnitId: dept('supervision-office'),
      lead: { orgUnitId: await unitOf('a-xiangzhen'), duty: '责令停建并组织拆除', deadline: later(20), steps: [{ name: '下达停建通知' }, { name: '组织拆除', deadline: later(15) }] },
      coHandlers: [
        { orgUnitId: dept('water-resources'), duty: '查处违法取水', deadline: later(10), steps: [{ name: '封堵取水口' }] },
        { orgUnitId: await unitOf('a-xiangzhen2'), duty: '配合清运', deadline: later(10), steps: [] },
      ],
    });
  };
  const work = async (login: string, taskId: string) => {
    const api = await t.api.as(login);
    await api.task.handle({ taskId, action: 'sign' });
    await api.task.handle({ taskId, action: 'start' });
    return api;
  };

  it('stays open until the last share closes, and re-opens when a share relapses', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const opened = await open();
    expect(opened.serial).toMatch(/^联办〔\d{4}〕\d+号$/);
    const [lead, water, helper] = opened.shares;
    // Each share is an item of its own unit, handed over by the coordinating office.
    const leadTask = await duchashi.task.get({ taskId: lead!.taskId });
    expect(leadTask).toMatchObject({ responsibleUnitId: await unitOf('a-xiangzhen'), supervisingUnitId: dept('supervision-office'), status: 'handed_over' });
    expect(leadTask.title).toContain('主办');

    const township = await work('a-xiangzhen', lead!.taskId);
    const shuili = await work('a-shuili', water!.taskId);
    const township2 = await work('a-xiangzhen2', helper!.taskId);
    const caseOf = () => duchashi.jointCase.get({ caseId: opened.id });
    const stepsOf = async (shareIndex: number) => (await caseOf()).shares[shareIndex]!.steps;

    // A share's item cannot be submitted while its steps are open.
    await expect(shuili.task.handle({ taskId: water!.taskId, action: 'submit', note: '已查处' })).rejects.toThrow(/1 个步骤未完成/);
    // Only the share's own unit records its steps.
    const [seal] = await stepsOf(1);
    await expect(township.jointCase.completeStep({ stepId: seal!.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await shuili.jointCase.completeStep({ stepId: seal!.id, note: '取水口已封堵' });
    await expect(shuili.jointCase.completeStep({ stepId: seal!.id })).rejects.toThrow(/已完成/);
    await shuili.task.handle({ taskId: water!.taskId, action: 'submit', note: '违法取水已查处' });
    await duchashi.task.verify({ taskId: water!.taskId, action: 'pass' });
    await township2.task.handle({ taskId: helper!.taskId, action: 'submit', note: '已清运' });
    await duchashi.task.verify({ taskId: helper!.taskId, action: 'pass' });

    // Two of three shares done: the case is still open.
    let c = await caseOf();
    expect(c).toMatchObject({ status: 'open', closedAt: null, progress: { shares: 3, sharesDone: 2, allDone: false } });
    expect(c.shares.map((s) => s.progress.done)).toEqual([false, true, true]);

    for (const step of await stepsOf(0)) await township.jointCase.completeStep({ stepId: step.id });
    await township.task.handle({ taskId: lead!.taskId, action: 'submit', note: '已拆除' });
    expect((await caseOf()).status).toBe('open'); // submitted is not done: the office verifies
    await duchashi.task.verify({ taskId: lead!.taskId, action: 'pass' });
    c = await caseOf();
    expect(c).toMatchObject({ status: 'closed', progress: { sharesDone: 3, allDone: true } });
    expect(c.closedAt).not.toBeNull();
    expect((await township.inbox.list({})).items.map((n) => n.title)).toContain(`${c.serial} 联合办案已办结:河道管理范围内违法建筑`);
    // Closed: no more steps or hand-overs.
    await expect(shuili.jointCase.handOver({ shareId: water!.id, kind: 'refer', authorityKind: 'police', authorityName: '县公安局', reason: '涉嫌犯罪' }))
      .rejects.toThrow(/已办结/);

    // 后督察 finds the demolished building rebuilt: the lead share re-opens, so does the case.
    await duchashi.task.verify({ taskId: lead!.taskId, action: 'reopen', note: '复查发现原址重建' });
    expect(await caseOf()).toMatchObject({ status: 'open', closedAt: null, progress: { sharesDone: 2 } });
  });

  it('移送 to the judiciary is recorded by name; 移办 to a unit of the county adds its share, which the case then waits for', async () => {
    const duchashi = await t.api.as('a-duchashi');
    const opened = await open();
    const [lead, water] = opened.shares;
    const shuili = await work('a-shuili', water!.taskId);
    // The police are not a unit of the county: recorded by name with the letter number and the receiver.
    await expect(shuili.jointCase.handOver({ shareId: water!.id, kind: 'refer', authorityKind: 'police', reason: '涉嫌犯罪' })).rejects.toThrow(/接收机关/);
    await expect(shuili.jointCase.handOver({ shareId: lead!.id, kind: 'refer', authorityKind: 'police', authorityName: '县公安局', reason: '涉嫌犯罪' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN' });
    await shuili.jointCase.handOver({
      shareId: water!.id, kind: 'refer', authorityKind: 'police', authorityName: '县公安局', documentNo: '水移〔2026〕3号', receivedBy: '王警官', reason: '非法采砂涉嫌犯罪',
    });
    // 移办 needs a unit of the county, and gives it a share with a deadline.
    await expect(shuili.jointCase.handOver({ shareId: water!.id, kind: 'delegate', authorityKind: 'department', reason: '属自然资源局职责' })).rejects.toThrow(/承接的单位/);
    await expect(shuili.jointCase.handOver({ shareId: water!.id, kind: 'delegate', authorityKind: 'department', toUnitId: dept('natural-resources'), reason: '属自然资源局职责' }))
      .rejects.toThrow(/办理期限/);
    const moved = await shuili.jointCase.handOver({
      shareId: water!.id, kind: 'delegate', authorityKind: 'department', toUnitId: dept('natural-resources'), duty: '查处非法占地', deadline: later(12), reason: '属自然资源局职责',
    });
    expect(moved.addedShareId).toBeTruthy();
    const c = await duchashi.jointCase.get({ caseId: opened.id });
    expect(c.handOvers.map((h) => [h.kind, h.authorityKind, h.authorityName, h.documentNo, h.receivedBy])).toEqual([
      ['refer', 'police', '县公安局', '水移〔2026〕3号', '王警官'],
      ['delegate', 'department', '自然资源局', null, null],
    ]);
    expect(c.shares.map((s) => s.orgUnit.name)).toContain('自然资源局');
    expect(c.progress.shares).toBe(4);
    // On the share's own timeline, and audited.
    const timeline = (await duchashi.task.get({ taskId: water!.taskId })).events.map((e) => e.note ?? '');
    expect(timeline.some((n) => n.startsWith('移送公安机关「县公安局」(水移〔2026〕3号)'))).toBe(true);
    expect(await t.api.database.prisma.auditLog.count({ where: { entityType: 'caseHandOver', detail: { contains: opened.id } } })).toBe(2);
  });

  it('who may open and who may read: the office opens; a share unit reads its case; a unit outside it does not', async () => {
    const township = await t.api.as('a-xiangzhen');
    await expect(township.jointCase.open({
      title: '越权立案', supervisingUnitId: dept('supervision-office'),
      lead: { orgUnitId: await unitOf('a-xiangzhen'), duty: '主办', deadline: later(5), steps: [] },
      coHandlers: [{ orgUnitId: dept('water-resources'), duty: '协办', deadline: later(5), steps: [] }],
    })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const duchashi = await t.api.as('a-duchashi');
    await expect(duchashi.jointCase.open({
      title: '缺协办', supervisingUnitId: dept('supervision-office'),
      lead: { orgUnitId: await unitOf('a-xiangzhen'), duty: '主办', deadline: later(5), steps: [] }, coHandlers: [],
    })).rejects.toThrow(/至少添加一个协办单位/);
    await expect(duchashi.jointCase.open({
      title: '重复单位', supervisingUnitId: dept('supervision-office'),
      lead: { orgUnitId: await unitOf('a-xiangzhen'), duty: '主办', deadline: later(5), steps: [] },
      coHandlers: [{ orgUnitId: await unitOf('a-xiangzhen'), duty: '协办', deadline: later(5), steps: [] }],
    })).rejects.toThrow(/只能承担一项分工/);

    const opened = await open();
    const shuili = await t.api.as('a-shuili');
    const mine = await shuili.jointCase.list({});
    expect(mine.items.map((c) => c.id)).toContain(opened.id);
    expect((await shuili.jointCase.get({ caseId: opened.id })).shares.map((s) => s.may.work)).toEqual([false, true, false]);
    const village = await t.api.as('a-cunganbu');
    await expect(village.jointCase.get({ caseId: opened.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await village.jointCase.list({})).items).toEqual([]);
    expect(await t.api.database.prisma.auditLog.count({ where: { entityType: 'jointCase', entityId: opened.id } })).toBe(1);
  });
});
