import { pluginMeta } from '@duban/plugin-sdk/server';
import manifest from '../manifest.ts';

/** Procedure meta whose permission must be one this plugin's manifest declares. */
export const meta = pluginMeta(manifest);
