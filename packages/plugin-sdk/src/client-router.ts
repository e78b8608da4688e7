import type { TRPCBuiltRouter, TRPCRouterRecord } from '@trpc/server';
import type { t } from '@duban/api';

/**
 * The router type a plugin's web pages call: the plugin's own record mounted under its id, with
 * the core's root types. Type-only: the web side never imports server code.
 *
 *   export type FloodControlRouter = PluginClientRouter<'flood-control', typeof floodControl.router>;
 */
export type PluginClientRouter<Id extends string, R extends TRPCRouterRecord> = TRPCBuiltRouter<(typeof t)['_config']['$types'], { [K in Id]: R }>;
