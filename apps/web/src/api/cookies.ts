/**
 * Reads a cookie at call time. The CSRF cookie changes at every sign-in, so it is never cached:
 * each request echoes whatever the browser holds now (double-submit protection).
 */
export function readCookie(name: string): string {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const item = part.trim();
    if (item.startsWith(prefix)) return decodeURIComponent(item.slice(prefix.length));
  }
  return '';
}
