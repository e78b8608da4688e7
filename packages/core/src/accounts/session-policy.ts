/** Session and lockout policy; overridable by environment for deployments with other rules. */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
  maxFailedLogins: number;
  lockoutMs: number;
}

const minutes = (env: string | undefined, fallback: number) => (env && Number(env) > 0 ? Number(env) : fallback) * 60_000;

export function sessionPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  return {
    idleMs: minutes(env.DUBAN_SESSION_IDLE_MINUTES, 120),
    absoluteMs: minutes(env.DUBAN_SESSION_MAX_MINUTES, 12 * 60),
    maxFailedLogins: Number(env.DUBAN_MAX_FAILED_LOGINS ?? 5) || 5,
    lockoutMs: minutes(env.DUBAN_LOCKOUT_MINUTES, 15),
  };
}
