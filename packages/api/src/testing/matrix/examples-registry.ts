// Every procedure's example, core and plugin: the core's from each router folder's examples.ts,
// a plugin's from its server part (`examples`, declared in src/server/examples.ts).
import type { ProcedureExamples } from '../../authz/examples.ts';
import { installedPlugins } from '../../plugins/installed.ts';
import { examples as assessments } from '../../routers/assessments/examples.ts';
import { examples as audit } from '../../routers/audit/examples.ts';
import { examples as auth } from '../../routers/auth/examples.ts';
import { examples as districts } from '../../routers/districts/examples.ts';
import { examples as inspections } from '../../routers/inspections/examples.ts';
import { examples as keyWork } from '../../routers/key-work/examples.ts';
import { examples as orgUnits } from '../../routers/org-units/examples.ts';
import { examples as people } from '../../routers/people/examples.ts';
import { examples as plugins } from '../../routers/plugins/examples.ts';
import { examples as roles } from '../../routers/roles/examples.ts';
import { examples as surveys } from '../../routers/surveys/examples.ts';
import { examples as tasks } from '../../routers/tasks/examples.ts';
import { examples as users } from '../../routers/users/examples.ts';
import { examples as workbench } from '../../routers/workbench/examples.ts';
import { examples as warnings } from '../../routers/warnings/examples.ts';
import { examples as maps } from '../../routers/maps/examples.ts';
import { examples as complaints } from '../../routers/complaints/examples.ts';
import { examples as duties } from '../../routers/duties/examples.ts';
import { examples as accountability } from '../../routers/accountability/examples.ts';
import { examples as readings } from '../../routers/readings/examples.ts';
import { examples as unitAttributes } from '../../routers/unit-attributes/examples.ts';

export const coreExamples: ProcedureExamples = {
  ...auth, ...orgUnits, ...districts, ...people, ...users, ...roles, ...audit, ...plugins, ...tasks, ...keyWork, ...inspections, ...surveys, ...assessments, ...workbench, ...warnings, ...maps, ...complaints, ...duties, ...accountability, ...readings, ...unitAttributes,
};

export function allExamples(): ProcedureExamples {
  return Object.assign({}, coreExamples, ...installedPlugins().map((p) => p.server.examples ?? {}));
}
