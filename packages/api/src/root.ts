import { router } from './trpc.ts';
import { auditRouter } from './routers/audit/audit.router.ts';
import { authRouter } from './routers/auth/auth.router.ts';
import { districtsRouter } from './routers/districts/districts.router.ts';
import { orgUnitsRouter } from './routers/org-units/org-units.router.ts';
import { peopleRouter } from './routers/people/people.router.ts';
import { rolesRouter } from './routers/roles/roles.router.ts';
import { usersRouter } from './routers/users/users.router.ts';
import { pluginsRouter } from './routers/plugins/plugins.router.ts';
import { inboxRouter } from './routers/tasks/inbox.router.ts';
import { keyWorkRouter } from './routers/key-work/key-work.router.ts';
import { supervisionRouter } from './routers/tasks/supervision.router.ts';
import { tasksRouter } from './routers/tasks/tasks.router.ts';
import { itemOperationsRouter } from './routers/tasks/item-operations.router.ts';
import { jointCasesRouter } from './routers/tasks/joint-cases.router.ts';
import { lettersRouter } from './routers/accountability/letters.router.ts';
import { accountabilityRouter } from './routers/accountability/accountability.router.ts';
import { surveyRouter } from './routers/surveys/index.ts';
import { inspectionRouter } from './routers/inspections/index.ts';
import { assessmentRouter } from './routers/assessments/assessment.router.ts';
import { workbenchRouter } from './routers/workbench/workbench.router.ts';
import { warningsRouter } from './routers/warnings/warnings.router.ts';
import { mapsRouter } from './routers/maps/maps.router.ts';
import { complaintsRouter } from './routers/complaints/complaints.router.ts';
import { dutiesRouter } from './routers/duties/duties.router.ts';
import { readingsRouter } from './routers/readings/readings.router.ts';
import { unitAttributesRouter } from './routers/unit-attributes/unit-attributes.router.ts';
import { pluginRouters } from './plugins/load-generated.ts';
// By path, as the generated registry imports the SDK's checks: the SDK builds on this package.
import reservedRouterKeys from '../../plugin-sdk/src/core-router-keys.json' with { type: 'json' };

/** The core API. Plugin routers are mounted beside these under their ids. */
export const coreRouter = {
  auth: authRouter,
  orgUnit: orgUnitsRouter,
  district: districtsRouter,
  person: peopleRouter,
  user: usersRouter,
  role: rolesRouter,
  audit: auditRouter,
  plugin: pluginsRouter,
  task: { ...tasksRouter, ...itemOperationsRouter },
  jointCase: jointCasesRouter,
  letter: lettersRouter,
  accountability: accountabilityRouter,
  supervision: supervisionRouter,
  inbox: inboxRouter,
  keyWork: keyWorkRouter,
  inspection: inspectionRouter,
  survey: surveyRouter,
  assessment: assessmentRouter,
  workbench: workbenchRouter,
  warning: warningsRouter,
  map: mapsRouter,
  complaint: complaintsRouter,
  duty: dutiesRouter,
  reading: readingsRouter,
  unitAttribute: unitAttributesRouter,
};

// A core router key missing from the SDK's reserved ids would let a plugin of that id replace it,
// so the app (and every api test) refuses to load until it is listed.
const unreserved = Object.keys(coreRouter).filter((key) => !(reservedRouterKeys as string[]).includes(key));
if (unreserved.length) throw new Error(`core router keys ${unreserved.join(', ')} must be listed in packages/plugin-sdk/src/core-router-keys.json`);

// Static composition keeps end-to-end types for plugin procedures (STYLE.md §2); the registry is
// generated from plugins/* at build time, so core never names a plugin.
export const appRouter = router({ ...coreRouter, ...pluginRouters });
export type AppRouter = typeof appRouter;
