import type { TRPCRouterRecord } from '@trpc/server';
import { coreRouter, router as createRouter } from '@duban/api';
import { installPlugin } from '@duban/api/plugins';
import type { PluginServer } from '../server.ts';

/** The core router with one plugin mounted under its id (as the generated registry would). */
export function mountPlugin<Id extends string, R extends TRPCRouterRecord>(plugin: PluginServer<Id, R>) {
  installPlugin(plugin);
  const record = { ...coreRouter, [plugin.manifest.id]: plugin.router } as typeof coreRouter & Record<Id, R>;
  return createRouter(record);
}
