import type { TFunction } from 'i18next';

/**
 * The server writes audit details as short English phrases (stable, grep-able in the database).
 * Known phrases are shown in the user's language; anything else is shown as written.
 */
const patterns: { re: RegExp; key: string; params: (m: RegExpMatchArray) => Record<string, string> }[] = [
  { re: /^signed in$/, key: 'signedIn', params: () => ({}) },
  { re: /^signed out$/, key: 'signedOut', params: () => ({}) },
  { re: /^wrong password \((\d+)\)$/, key: 'wrongPassword', params: (m) => ({ n: m[1]! }) },
  { re: /^wrong password; locked after (\d+) failures$/, key: 'lockedAfter', params: (m) => ({ n: m[1]! }) },
  { re: /^account disabled$/, key: 'accountDisabled', params: () => ({}) },
  { re: /^account locked$/, key: 'accountLocked', params: () => ({}) },
  { re: /^password changed$/, key: 'passwordChanged', params: () => ({}) },
  { re: /^password reset; (\d+) session\(s\) revoked$/, key: 'passwordReset', params: (m) => ({ n: m[1]! }) },
  { re: /^(\d+) session\(s\) revoked$/, key: 'sessionsRevoked', params: (m) => ({ n: m[1]! }) },
  { re: /^import rejected: (\d+) error\(s\)$/, key: 'importRejected', params: (m) => ({ n: m[1]! }) },
  { re: /^import checked \(dry run\): (\d+) new, (\d+) renamed$/, key: 'importChecked', params: (m) => ({ created: m[1]!, updated: m[2]! }) },
  { re: /^imported (\d+) new, (\d+) renamed$/, key: 'imported', params: (m) => ({ created: m[1]!, updated: m[2]! }) },
  { re: /^archived (\d+) unit\(s\) with the subtree$/, key: 'archived', params: (m) => ({ n: m[1]! }) },
  { re: /^account disabled with the person$/, key: 'disabledWithPerson', params: () => ({}) },
  { re: /^demo county seeded: (\d+) townships, (\d+) people, (\d+) logins$/, key: 'seeded', params: (m) => ({ townships: m[1]!, people: m[2]!, logins: m[3]! }) },
  { re: /^record belongs to another county$/, key: 'otherCounty', params: () => ({}) },
  { re: /^(\S+) not granted at the target unit$/, key: 'notGranted', params: (m) => ({ permission: m[1]! }) },
  { re: /^plugin (\S+) is not enabled for the target unit$/, key: 'pluginDisabled', params: (m) => ({ plugin: m[1]! }) },
  { re: /^(\S+) enabled for (.+)$/, key: 'pluginOn', params: (m) => ({ plugin: m[1]!, unit: m[2]! }) },
  { re: /^(\S+) disabled for (.+)$/, key: 'pluginOff', params: (m) => ({ plugin: m[1]!, unit: m[2]! }) },
];

export function auditDetail(detail: string | null, t: TFunction): string | null {
  if (!detail) return null;
  for (const p of patterns) {
    const m = detail.match(p.re);
    if (m) return t(`audit.details.${p.key}`, p.params(m));
  }
  return detail;
}
