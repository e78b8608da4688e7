// Browser-safe rules of 督查 (`@duban/core/inspections/rules`): checklist templates and how a
// filled checklist is judged — the phone page shows the verdict the server will reach.
export * from './checklist-template.ts';
export * from './checklist-evaluate.ts';
