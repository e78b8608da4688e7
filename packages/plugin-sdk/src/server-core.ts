// The core services a plugin's server part calls, named here so that a plugin's whole view of
// the core is this package (eslint: plugins import only @duban/plugin-sdk/*). Each takes the
// procedure's transaction (ctx.db) so that its writes commit or roll back with the plugin's own.
export {
  /** One org unit of a county by id, or 404 (errors.notFound). */
  getOrgUnit,
  /** 交办: hands a supervision item over to a unit, as the task board does (notices, audit, events). */
  handOver,
  /** An audit row outside a procedure (demo seeds, jobs); procedures use ctx.audit. */
  appendAudit,
} from '@duban/core';
// Checklist and assessment rules a plugin's tests and templates check themselves against.
export { validateAssessmentConfig, allItems, evaluateChecklist, parseChecklistTemplate, type Answers } from '@duban/core';
