export { appRouter, coreRouter, type AppRouter } from './root.ts';
export { createContext, type IncomingRequest } from './create-context.ts';
export type { Actor, Context, Services } from './context.ts';
export { procedure, type AuditInput } from './procedures.ts';
export { router, createCallerFactory, t } from './trpc.ts';
export type { ProcedureMeta, ScopeSpec } from './authz/meta.ts';
export { registerScopeResolver, registeredEntities, scopeResolver, type ResolvedScope, type ScopeResolver } from './authz/scope-resolvers.ts';
export { registerJob, runDueJobs, startScheduler, type Job } from './jobs/scheduler.ts';
export { registerEscalationJob } from './jobs/escalation.ts';
