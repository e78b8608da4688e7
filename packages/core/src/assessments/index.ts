// 考核: plans, the scoring rules, the set-based roll-up, explanations and the 通报.
import './core-contributions.ts';

export * from './config.ts';
export * from './decimal.ts';
export * from './methods.ts';
export * from './grades.ts';
export * from './ranking.ts';
export * from './unit-score.ts';
export * from './validate-config.ts';
export * from './template.ts';
export * from './veto-condition.ts';
export * from './registry.ts';
export * from './rollup-sql.ts';
export * from './rollup.ts';
export * from './load-inputs.ts';
export * from './explain.ts';
export * from './workflow.ts';
export * from './plan-units.ts';
export * from './plan-service.ts';
export * from './publish.ts';
export * from './bulletin-data.ts';
export * from './bulletin-pdf.ts';
export * from './bulletin-excel.ts';
export * from './rectification.ts';
export { listedOverdueVeto } from './listed-overdue-veto.ts';
export { townshipAnnualTemplate } from './township-template.ts';
export * from './sample-plan.ts';
