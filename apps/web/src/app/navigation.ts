import { IconAudit, IconDashboard, IconOrgTree, IconPeople, IconUserKey, type IconComponent } from './icons.tsx';

/**
 * The side menu is built from this registry, not written out in the layout: work-domain plugins
 * (flood control, food safety …) add their own entries with registerNavigation().
 */
export interface NavEntry {
  /** Unique; also the menu item's key. */
  key: string;
  /** Where the entry leads; the entry is highlighted for this path and everything below it. */
  path: string;
  /** i18n key of the label (plugins ship their own keys). */
  labelKey: string;
  icon?: IconComponent;
  /** Shown only to users who hold this permission somewhere (auth.me's `permissions`). */
  permission?: string;
  /** Menu position, ascending. Core entries use multiples of 10 so plugins can slot in between. */
  order: number;
}

const entries = new Map<string, NavEntry>();
const listeners = new Set<() => void>();
let snapshot: readonly NavEntry[] = [];

/** Adds entries (or replaces ones with the same key). Safe to call at any time. */
export function registerNavigation(...added: NavEntry[]) {
  for (const entry of added) entries.set(entry.key, entry);
  snapshot = [...entries.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: the menu re-renders when a plugin registers late. */
export function subscribeNavigation(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const navigationSnapshot = () => snapshot;

/** The entries this user may see, in menu order. */
export function visibleNavigation(all: readonly NavEntry[], permissions: readonly string[]) {
  return all.filter((e) => !e.permission || permissions.includes(e.permission));
}

registerNavigation(
  { key: 'dashboard', path: '/', labelKey: 'nav.dashboard', icon: IconDashboard, order: 10 },
  { key: 'org-units', path: '/org-units', labelKey: 'nav.orgUnits', icon: IconOrgTree, permission: 'core.orgUnit.read', order: 20 },
  { key: 'people', path: '/people', labelKey: 'nav.people', icon: IconPeople, permission: 'core.person.read', order: 30 },
  { key: 'users', path: '/users', labelKey: 'nav.users', icon: IconUserKey, permission: 'core.user.read', order: 80 },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', icon: IconAudit, permission: 'core.audit.read', order: 90 },
);
