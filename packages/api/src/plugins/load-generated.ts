// Installs the plugins discovered under plugins/* (the generated registry) into the core.
import { pluginServers } from '../generated/plugins.ts';
import { installPlugin, type PluginServerShape } from './installed.ts';

for (const server of pluginServers as readonly PluginServerShape[]) installPlugin(server);

export { pluginRouters } from '../generated/plugins.ts';
