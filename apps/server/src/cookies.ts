import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'duban_session';
/** Readable by the web app, which echoes it in the x-csrf-token header (double submit). */
export const CSRF_COOKIE = 'duban_csrf';

export function setSessionCookies(reply: FastifyReply, secure: boolean, token: string, csrfToken: string, maxAge: number) {
  const base = { path: '/', sameSite: 'lax' as const, secure, maxAge };
  reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
