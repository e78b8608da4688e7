// Installed plugins' metric sources, veto conditions and plan templates, offered to the scoring
// engine through core's registry — asked on each lookup, so the set follows what is installed.
import { registerAssessmentContributions } from '@duban/core';
import { installedPlugins } from '../../plugins/installed.ts';

registerAssessmentContributions(() =>
  installedPlugins().map((p) => ({
    origin: p.id,
    metrics: p.server.metrics ?? [],
    vetoes: p.server.vetoes ?? [],
    // A plugin's templates are namespaced by its id, so they can never replace another's.
    templates: (p.server.assessmentTemplates ?? []).filter((t) => t.key.startsWith(`${p.id}.`)),
  })),
);
