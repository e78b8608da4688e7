export { registerProcedures, registerInputs, type RegisterPermissions, type RegisterImportSummary } from './register-procedures.ts';
export { registerRowInspections } from './row-inspections.ts';
