// Compiled by `tsc --noEmit` (typecheck), never run: each @ts-expect-error line must fail to
// typecheck, or the build fails because the directive is unused. Proves a permission a manifest
// does not declare cannot be named by a procedure's meta or by a web page, navigation or widget.
import { z } from 'zod';
import { definePlugin, type PermissionKey } from '../src/manifest.ts';
import { pluginMeta } from '../src/server.ts';
import { definePluginWeb } from '../src/web.ts';

const manifest = definePlugin({
  id: 'water-supply',
  name: { zh: '供水', en: 'Water supply' },
  version: '0.1.0',
  core: '^0.1.0',
  permissions: [
    { key: 'water-supply.record.read', access: 'read', zh: '查看', en: 'Read' },
    { key: 'water-supply.record.manage', access: 'write', zh: '管理', en: 'Manage' },
  ],
  settings: z.object({}),
});

const keys: PermissionKey<typeof manifest>[] = ['water-supply.record.read', 'water-supply.record.manage'];
// @ts-expect-error not declared by the manifest
keys.push('water-supply.record.delete');

const meta = pluginMeta(manifest);
meta({ permission: 'water-supply.record.read', scope: { entity: 'orgUnit', field: 'orgUnitId' } });
// @ts-expect-error a procedure may not name a permission its manifest does not declare
meta({ permission: 'water-supply.record.delete' });
// @ts-expect-error nor another plugin's
meta({ permission: 'food-safety.incident.read' });

const page = { path: '', title: { zh: '供水', en: 'Water' }, component: () => Promise.resolve({ default: () => null }) };
definePluginWeb(manifest, { pages: [{ ...page, permission: 'water-supply.record.read' }], navigation: [] });
// @ts-expect-error a web page's permission must be declared too
definePluginWeb(manifest, { pages: [{ ...page, permission: 'water-supply.record.delete' }], navigation: [] });
definePluginWeb(manifest, {
  pages: [],
  // @ts-expect-error and a navigation entry's
  navigation: [{ key: 'home', label: { zh: '首页', en: 'Home' }, path: '', permission: 'audit.read' }],
});
