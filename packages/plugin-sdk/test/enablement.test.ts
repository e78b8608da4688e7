import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginTestKit, type PluginTestKit } from '../src/testing/index.ts';
import { noticeBoard } from './fixtures/notice-board.ts';

describe('plugin enablement', () => {
  let kit: PluginTestKit<'notice-board', typeof noticeBoard.router>;
  beforeAll(async () => {
    kit = await createPluginTestKit(noticeBoard);
  });
  afterAll(() => kit.close());

  it('answers where the plugin is enabled, and 403 (audited) where it is not', async () => {
    const admin = await kit.as('county-admin');
    expect(await admin['notice-board'].board({ orgUnitId: kit.units.township })).toMatchObject({ notices: [] });
    // Enabling a township covers its villages.
    await expect(admin['notice-board'].board({ orgUnitId: kit.units.village })).resolves.toBeTruthy();
    await expect(admin['notice-board'].board({ orgUnitId: kit.units.neighbourTownship })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const denied = await admin.audit.list({ outcome: 'denied' });
    expect(denied.items[0]?.detail).toMatch(/plugin notice-board is not enabled/);
  });

  it('gives built-in roles the permissions the manifest grants them, within their scope', async () => {
    const official = await kit.as('township-official');
    await expect(official['notice-board'].post({ orgUnitId: kit.units.township, text: '防汛值班表已更新' })).resolves.toEqual({ ok: true });
    const inspector = await kit.as('inspector');
    await expect(inspector['notice-board'].board({ orgUnitId: kit.units.township })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('disabling a unit turns the plugin off there, and the change is kept as history', async () => {
    await kit.enable(kit.units.village, false);
    const admin = await kit.as('county-admin');
    await expect(admin['notice-board'].board({ orgUnitId: kit.units.village })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(admin['notice-board'].board({ orgUnitId: kit.units.township })).resolves.toBeTruthy();
    const history = await admin.plugin.history({ orgUnitId: kit.units.county, pluginId: 'notice-board' });
    expect(history.map((h) => h.detail)).toEqual([expect.stringMatching(/notice-board disabled for/), expect.stringMatching(/notice-board enabled for/)]);
  });

  it('validates settings with the plugin schema and stores them', async () => {
    const admin = await kit.as('county-admin');
    await expect(admin.plugin.setEnablement({ orgUnitId: kit.units.township, pluginId: 'notice-board', enabled: true, settings: { maxNotices: 500 } })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await admin.plugin.setEnablement({ orgUnitId: kit.units.township, pluginId: 'notice-board', enabled: true, settings: { maxNotices: 5 } });
    const state = await admin.plugin.enablements({ orgUnitId: kit.units.township });
    const board = state.find((s) => s.plugin.id === 'notice-board')!;
    expect(board.effective).toMatchObject({ enabled: true, settings: { maxNotices: 5 } });
    expect(board.plugin.settingsSchema).toMatchObject({ type: 'object' });
  });

  it('lets only units in scope be switched, and never in another county', async () => {
    const official = await kit.as('township-official');
    await expect(official.plugin.setEnablement({ orgUnitId: kit.units.township, pluginId: 'notice-board', enabled: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await kit.as('other-county-admin');
    await expect(other.plugin.setEnablement({ orgUnitId: kit.units.township, pluginId: 'notice-board', enabled: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const moduleAdmin = await kit.as('module-admin');
    await expect(moduleAdmin.plugin.setEnablement({ orgUnitId: kit.units.neighbourTownship, pluginId: 'notice-board', enabled: true })).resolves.toBeTruthy();
  });

  it('lists the plugin among a user\'s plugins only where it is on', async () => {
    const official = await kit.as('township-official');
    expect((await official.plugin.mine()).map((p) => p.pluginId)).toContain('notice-board');
    const village = await kit.as('village-official');
    expect((await village.plugin.mine()).map((p) => p.pluginId)).not.toContain('notice-board');
  });
});
