import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { say } from '../src/bilingual.ts';
import { definePlugin } from '../src/manifest.ts';
import { definePluginServer, handOverTask, openJointCase, pluginError, pluginSettings, pluginSettingsAt, procedure } from '../src/server.ts';
import { createPluginTestKit, type PluginTestKit } from '../src/testing/index.ts';

const DAY = 86_400_000;
const manifest = definePlugin({
  id: 'help-desk',
  name: { zh: '服务台', en: 'Help desk' },
  version: '0.1.0',
  core: '^0.1.0',
  permissions: [{ key: 'help-desk.ticket.raise', access: 'write', zh: '提交工单', en: 'Raise tickets' }],
  roleGrants: { 'county-admin': ['help-desk.ticket.raise'], 'township-official': ['help-desk.ticket.raise'] },
  settings: z.object({ days: z.number().int().min(1).max(60).default(10) }),
});
const ticket = { key: 'help-desk.ticket', name: { zh: '工单整改', en: 'Ticket' }, defaultDeadlineDays: 7 };
const byUnit = { entity: 'orgUnit', field: 'orgUnitId' } as const;

// A plugin whose mutation hands a rectification item over through the core, as an unqualified
// sample does in food safety.
const helpDesk = definePluginServer(manifest, {
  router: {
    raise: procedure
      .meta({ permission: 'help-desk.ticket.raise', scope: byUnit })
      .input(z.object({ orgUnitId: z.string(), title: z.string().min(1, say({ zh: '请填写标题', en: 'Enter a title' })), days: z.number().optional() }))
      .mutation(async ({ ctx, input }) => {
        const countyId = ctx.authz.target!.countyId;
        const deadline = input.days === undefined ? undefined : new Date(Date.now() + input.days * DAY);
        const task = await handOverTask(ctx, { countyId, kind: 'rectification', title: input.title, supervisingUnitId: ctx.actor!.orgUnitId, responsibleUnitId: input.orgUnitId, taskType: ticket, deadline });
        return { taskId: task.id, deadline: task.deadline, settings: await pluginSettingsAt(ctx.db, manifest, countyId, input.orgUnitId) };
      }),
    // 联合办案 from a plugin: the township leads, its neighbour co-handles, each with its own item.
    openCase: procedure
      .meta({ permission: 'help-desk.ticket.raise', scope: byUnit })
      .input(z.object({ orgUnitId: z.string(), coUnitId: z.string() }))
      .mutation(async ({ ctx, input }) => {
        const deadline = new Date(Date.now() + 10 * DAY);
        const { jointCase, shares } = await openJointCase(ctx, {
          countyId: ctx.authz.target!.countyId, title: '跨镇违建', supervisingUnitId: ctx.actor!.orgUnitId, taskType: ticket,
          lead: { orgUnitId: input.orgUnitId, duty: '拆除', deadline, steps: [{ name: '下达通知' }] },
          coHandlers: [{ orgUnitId: input.coUnitId, duty: '配合', deadline }],
        });
        return { caseId: jointCase.id, taskIds: shares.map((s) => s.taskId) };
      }),
    refuse: procedure
      .meta({ permission: 'help-desk.ticket.raise', scope: byUnit })
      .input(z.object({ orgUnitId: z.string() }))
      .mutation(() => {
        throw pluginError('CONFLICT', { zh: '工单已关闭', en: 'The ticket is closed' });
      }),
  },
  // Registered into core's task kinds: items handed over as it carry it as their kind.
  taskTypes: [ticket],
});

describe('plugin server helpers', () => {
  let kit: PluginTestKit<'help-desk', typeof helpDesk.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(helpDesk, { enableAtTownship: false });
  });
  afterAll(() => kit.close());

  it('pluginSettings: the row nearest each unit decides, defaults elsewhere, for many units at once', async () => {
    await kit.enable(kit.units.county, true, { days: 20 });
    await kit.enable(kit.units.township, true, { days: 5 });
    await kit.enable(kit.units.village, false, { days: 3 });
    const db = kit.api.database.prisma;
    const states = await pluginSettings(db, manifest, kit.units.county, [kit.units.county, kit.units.township, kit.units.village, kit.units.neighbourTownship, kit.units.otherCountyTownship]);
    expect(states.get(kit.units.county)).toEqual({ enabled: true, settings: { days: 20 } });
    expect(states.get(kit.units.township)).toEqual({ enabled: true, settings: { days: 5 } });
    expect(states.get(kit.units.village)).toEqual({ enabled: false, settings: { days: 3 } });
    expect(states.get(kit.units.neighbourTownship)).toEqual({ enabled: true, settings: { days: 20 } }); // inherits the county's
    expect(states.has(kit.units.otherCountyTownship)).toBe(false); // another county's unit is not this county's
  });

  it('handOverTask: a core supervision item in the mutation\'s transaction, audited, with the task type\'s default deadline', async () => {
    const official = await kit.as('township-official');
    const raised = await official['help-desk'].raise({ orgUnitId: kit.units.township, title: '窗口排队过长' });
    expect(Math.round((raised.deadline.getTime() - Date.now()) / DAY)).toBe(7);
    expect(raised.settings).toEqual({ days: 5 });
    const db = kit.api.database.prisma;
    expect(await db.task.findFirst({ where: { id: raised.taskId } })).toMatchObject({ kind: 'help-desk.ticket', responsibleUnitId: kit.units.township, status: 'handed_over' });
    expect(await db.auditLog.findFirst({ where: { entityId: raised.taskId } })).toMatchObject({ entityType: 'task', procedure: 'help-desk.raise', detail: 'handed over as help-desk.ticket' });
    expect(await db.notification.count({ where: { taskId: raised.taskId } })).toBe(1);
  });

  it('openJointCase: a core joint case from a plugin mutation, its shares items of the task type, audited', async () => {
    const official = await kit.as('township-official');
    const opened = await official['help-desk'].openCase({ orgUnitId: kit.units.township, coUnitId: kit.units.neighbourTownship });
    const db = kit.api.database.prisma;
    expect(await db.jointCase.findFirst({ where: { id: opened.caseId } })).toMatchObject({ status: 'open', leadUnitId: kit.units.township });
    expect((await db.task.findMany({ where: { id: { in: opened.taskIds } } })).map((t) => t.kind)).toEqual(['help-desk.ticket', 'help-desk.ticket']);
    expect(await db.auditLog.findFirst({ where: { entityId: opened.caseId } })).toMatchObject({ entityType: 'jointCase', procedure: 'help-desk.openCase', detail: 'joint case opened as help-desk.ticket' });
  });

  it('handOverTask: a core refusal rolls the whole mutation back', async () => {
    const official = await kit.as('township-official');
    const before = await kit.api.database.prisma.task.count();
    await expect(official['help-desk'].raise({ orgUnitId: kit.units.township, title: '已过期', days: -1 })).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '办理期限须晚于当前时间' });
    expect(await kit.api.database.prisma.task.count()).toBe(before);
  });

  it('pluginError carries both languages; say() gives zod messages in the language shown', async () => {
    const official = await kit.as('township-official');
    const error = await official['help-desk'].refuse({ orgUnitId: kit.units.township }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', message: '工单已关闭', cause: { key: 'errors.plugin', params: { zh: '工单已关闭', en: 'The ticket is closed' } } });
    const schema = z.string().min(1, say({ zh: '请填写标题', en: 'Enter a title' }));
    expect(schema.safeParse('').error?.issues[0]?.message).toBe('请填写标题');
    const g = globalThis as { document?: unknown };
    g.document = { documentElement: { lang: 'en-US' } };
    try {
      expect(schema.safeParse('').error?.issues[0]?.message).toBe('Enter a title');
    } finally {
      delete g.document;
    }
  });
});
