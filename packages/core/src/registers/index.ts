// Registers (台账) declared by plugins: template, row checks, all-or-nothing write and an export
// that re-imports (issue 14 item 1). The procedures around them are in packages/api/src/registers.
export * from './register-spec.ts';
export * from './register-sheet.ts';
export * from './register-check.ts';
export * from './register-store.ts';
export * from './register-workbooks.ts';
export * from './register-values.ts';
export { issueMessage as registerIssueMessage } from './register-issues.ts';
