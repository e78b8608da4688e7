export * from './passwords.ts';
export * from './session-policy.ts';
export * from './sessions.ts';
export * from './manage-account.ts';
export * from './login-throttle.ts';
export * from './password-policy.ts';
