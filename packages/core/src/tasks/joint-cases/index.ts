export * from './rules.ts';
export * from './joint-case-service.ts';
export { settleJointCase } from './settle.ts';
