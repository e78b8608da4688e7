// Valid example inputs for this folder's procedures, for the access matrix (authz/examples.ts):
// each takes the seeded world's ids and must pass the procedure's input schema.
import { defineExamples } from '../../authz/examples.ts';

export const examples = defineExamples({
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
