import { IconBell, IconFlag, IconTasks } from '../pages/tasks/task-icons.tsx';
import { IconComplaint } from '../pages/complaints/complaint-icons.tsx';
import { IconSurvey } from '../pages/surveys/survey-icons.tsx';
import { IconInspection } from '../pages/inspections/inspection-icons.tsx';
import { IconAssessment } from '../pages/assessments/assessment-icons.tsx';
import { IconAudit, IconDashboard, IconMap, IconOrgTree, IconPeople, IconPlugin, IconReadings, IconUserKey, type IconComponent } from './icons.tsx';

/**
 * The side menu is built from this registry, not written out in the layout: work-domain plugins
 * (flood control, food safety …) add their own entries with registerNavigation().
 */
export interface NavEntry {
  /** Unique; also the menu item's key. */
  key: string;
  /** Where the entry leads; the entry is highlighted for this path and everything below it. */
  path: string;
  /** i18n key of the label … */
  labelKey?: string;
  /** … or the label itself in both languages (what a plugin manifest provides). */
  label?: { zh: string; en: string };
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
  publish();
}

function publish() {
  snapshot = [...entries.values()].sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  for (const listener of listeners) listener();
}

/** Removes entries (e.g. a signed-out user's plugin entries); by key or by a test. */
export function unregisterNavigation(which: string | ((entry: NavEntry) => boolean)) {
  const test = typeof which === 'string' ? (e: NavEntry) => e.key === which : which;
  for (const entry of [...entries.values()]) if (test(entry)) entries.delete(entry.key);
  publish();
}

/** For useSyncExternalStore: the menu re-renders when a plugin registers late. */
export function subscribeNavigation(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const navigationSnapshot = () => snapshot;

/** The entry's label in the current language. */
export function navLabel(entry: NavEntry, t: (key: string) => string, language: string): string {
  if (entry.label) return language === 'en' ? entry.label.en : entry.label.zh;
  return entry.labelKey ? t(entry.labelKey) : entry.key;
}

/** The entries this user may see, in menu order. */
export function visibleNavigation(all: readonly NavEntry[], permissions: readonly string[]) {
  return all.filter((e) => !e.permission || permissions.includes(e.permission));
}

registerNavigation(
  { key: 'dashboard', path: '/', labelKey: 'nav.dashboard', icon: IconDashboard, order: 10 },
  { key: 'org-units', path: '/org-units', labelKey: 'nav.orgUnits', icon: IconOrgTree, permission: 'core.orgUnit.read', order: 20 },
  { key: 'people', path: '/people', labelKey: 'nav.people', icon: IconPeople, permission: 'core.person.read', order: 30 },
  { key: 'key-work', path: '/key-work', labelKey: 'nav.keyWork', icon: IconFlag, permission: 'core.keyWork.read', order: 45 },
  // One entry for the task screens (board, dashboard, bulletin, post-checks switch within the page).
  { key: 'tasks', path: '/tasks', labelKey: 'nav.tasks', icon: IconTasks, permission: 'core.task.read', order: 50 },
  { key: 'modules', path: '/modules', labelKey: 'nav.modules', icon: IconPlugin, permission: 'core.plugin.read', order: 70 },
  { key: 'users', path: '/users', labelKey: 'nav.users', icon: IconUserKey, permission: 'core.user.read', order: 80 },
  { key: 'audit', path: '/audit', labelKey: 'nav.audit', icon: IconAudit, permission: 'core.audit.read', order: 90 },
);

// 入户调查: one entry for the survey screens (list, fill, quotas, call-backs, flags, forms).
registerNavigation({ key: 'surveys', path: '/surveys', label: { zh: '入户调查', en: 'Household surveys' }, icon: IconSurvey, permission: 'core.survey.read', order: 57 });

// 考核: one entry for the plan list, a plan's tabs (configuration, scoring, results, 通报) and self-checks.
registerNavigation({ key: 'assessments', path: '/assessments', label: { zh: '考核', en: 'Assessments' }, icon: IconAssessment, permission: 'core.assessment.read', order: 60 });

// 督查: one entry for visits, rotation, groups, checklist templates and findings.
registerNavigation({ key: 'inspections', path: '/inspections', label: { zh: '督查', en: 'Inspections' }, icon: IconInspection, permission: 'core.inspection.read', order: 55 });

// 预警: the list and one warning's board; recipients reach their page from the home card or the list.
registerNavigation({ key: 'warnings', path: '/warnings', label: { zh: '预警', en: 'Warnings' }, icon: IconBell, permission: 'core.warning.read', order: 52 });

// 联合办案: cases with a lead unit and co-handlers, each share with its own steps and deadline.
registerNavigation({ key: 'joint-cases', path: '/joint-cases', label: { zh: '联合办案', en: 'Joint cases' }, icon: IconTasks, permission: 'core.task.read', order: 51 });
// 地图: boundaries, a choropleth by any metric and layers (core's and the enabled modules').
registerNavigation({ key: 'map', path: '/map', label: { zh: '地图', en: 'Map' }, icon: IconMap, permission: 'core.map.read', order: 25 });

// 投诉受理: one entry for the ledger, the intake form, the board and one complaint.
registerNavigation({ key: 'complaints', path: '/complaints', label: { zh: '投诉受理', en: 'Complaints' }, icon: IconComplaint, permission: 'core.complaint.read', order: 53 });
// 报送任务: the duties, their calendars and the report page.
registerNavigation({ key: 'duties', path: '/duties', label: { zh: '报送任务', en: 'Reporting duties' }, icon: IconTasks, permission: 'core.duty.read', order: 54 });

// 责任与问责: responsibility letters and the accountability register.
registerNavigation({ key: 'accountability', path: '/accountability', label: { zh: '责任与问责', en: 'Responsibility' }, icon: IconFlag, permission: 'core.keyWork.read', order: 46 });

// 监测站点: the stations list and one station's chart, readings, entry and device key.
registerNavigation({ key: 'readings', path: '/readings', label: { zh: '监测站点', en: 'Stations' }, icon: IconReadings, permission: 'core.reading.read', order: 56 });
