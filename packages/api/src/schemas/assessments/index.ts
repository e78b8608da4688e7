// 考核: the contract of the `assessment` router, shared with the web app.
export * from './config.ts';
export * from './inputs.ts';
export * from './outputs.ts';
