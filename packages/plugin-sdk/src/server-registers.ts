// Registers (台账) with Excel import and export (issue 14 item 1, C2). A plugin declares one —
// its table, its row schema, its columns in zh-CN and English, the columns that name a row — and
// spreads the procedures into its router:
//
//   export const reservoirRegister = defineRegister({ key: 'flood-control.reservoir', table: 'flood_reservoir', row, columns, identity: ['orgUnitId', 'name'] });
//   reservoir: { ...registerProcedures(manifest, reservoirRegister, { read: '….read', write: '….manage' }), list, … }
//
// It gets `template`, `import` (dry run, bilingual row errors and the user's workbook with an
// error column, streamed progress, all or nothing, re-import updates) and `export` (the list's
// filters; re-imports unchanged). The web side is <RegisterExcel> from @duban/plugin-sdk/web.
import { registerProcedures as coreRegisterProcedures, registerRowInspections, type RegisterImportSummary } from '@duban/api/registers';
import type { RegisterSpec } from '@duban/core';
import type { PermissionKey, PluginManifest } from './manifest.ts';

export { defineRegister, type RegisterSpec, type RegisterColumn, type RegisterColumnType } from '@duban/core';
export type { RegisterImportSummary };
export type { SubjectInspections as RegisterRowInspections, RepeatRule } from '@duban/core';

/**
 * Inspect a register row (C7): core visits may name a row of the plugin as their subject
 * (`inspection.planVisit { …, subject: { entity: 'floodControlReservoir', id } }`; the row must lie
 * at the visited unit or below). In a read procedure scoped to the row, this gives the row's
 * history as the caller may see it: visits (unannounced ones hidden until they start), records,
 * findings, open rectification items, and the items failed `failures` times within `withinDays`
 * (repeat offences).
 */
export { registerRowInspections };

/** The register's procedures; the permissions must be the manifest's (checked when it typechecks). */
export function registerProcedures<M extends PluginManifest>(_manifest: M, register: RegisterSpec, permissions: { read: PermissionKey<M>; write: PermissionKey<M> }) {
  return coreRegisterProcedures(register, permissions);
}
