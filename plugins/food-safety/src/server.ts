import { definePluginServer, type PluginClientRouter } from '@duban/plugin-sdk/server';
import manifest from './manifest.ts';
import { examples } from './server/examples.ts';
import { assessmentTemplates } from './server/assessment-templates.ts';
import { checklists } from './server/checklists.ts';
import { demoSeed } from './server/demo-seed.ts';
import { incidentRouter } from './server/incident.router.ts';
import { samplingCompletion, samplingPassRate, satisfactionRate } from './server/metrics.ts';
import { overviewRouter } from './server/overview.router.ts';
import { samplingRouter } from './server/sampling.router.ts';
import { sampleRecords, scopeResolvers } from './server/scope.ts';
import { surveyRouter } from './server/survey.router.ts';
import { hotline12315, samplingRectification } from './server/task-types.ts';
import { transferRouter } from './server/transfer.router.ts';
import { vetoConditions } from './server/vetoes.ts';

const foodSafetyPlugin = definePluginServer(manifest, {
  router: { incident: incidentRouter, sampling: samplingRouter, transfer: transferRouter, survey: surveyRouter, overview: overviewRouter },
  scopeResolvers,
  sampleRecords,
  examples,
  metrics: [samplingPassRate, samplingCompletion, satisfactionRate],
  checklists,
  taskTypes: [samplingRectification],
  taskChannels: [hotline12315],
  vetoes: vetoConditions,
  assessmentTemplates,
  seed: demoSeed,
});

export default foodSafetyPlugin;
export type FoodSafetyRouter = PluginClientRouter<'food-safety', typeof foodSafetyPlugin.router>;
