// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

/** Core names no plugin (plugins run their own matrix): reaching "unknown module" proves the handler ran. */
const NO_PLUGIN = { NOT_FOUND: 'core names no plugin; the plugin kits exercise theirs', 'errors.notFound': 'core names no plugin' };

export const examples = defineExamples({
  'plugin.grants': { input: (w) => ({ orgUnitId: w.record, pluginId: 'no-such-plugin' }), refusals: NO_PLUGIN },
  'plugin.grantCandidates': { input: (w) => ({ orgUnitId: w.record, pluginId: 'no-such-plugin' }), refusals: NO_PLUGIN },
  'plugin.grant': { input: (w) => ({ orgUnitId: w.record, pluginId: 'no-such-plugin', userId: w.at('user') }), refusals: NO_PLUGIN },
  'plugin.revokeGrant': { input: (w) => ({ assignmentId: w.record }), refusals: { ...NO_PLUGIN, BAD_REQUEST: 'the seeded assignment is a built-in role, not a module grant' } },
  'plugin.catalog': () => undefined,
  'plugin.mine': () => undefined,
  'plugin.enablements': (w) => ({ orgUnitId: w.record }),
  'plugin.setEnablement': {
    input: (w) => ({ orgUnitId: w.record, pluginId: 'no-such-plugin', enabled: true }),
    // No plugin is named in core's examples (core never names a plugin); the plugins' own matrix
    // (runAccessMatrix) switches theirs. Reaching "unknown module" proves the handler ran.
    refusals: { NOT_FOUND: 'core names no plugin; the plugin kits enable theirs' },
  },
  'plugin.history': (w) => ({ orgUnitId: w.record }),
});
