import { trafficLights, type TrafficLight } from '@duban/api/schemas';
import type { TaskFilterValues } from './TaskFilters.tsx';
import { escalationLevels, taskStatuses, type EscalationLevel, type TaskRole, type TaskStatus } from './types.ts';

/** The board's tabs and the task role each lists (the 工作台 tiles link to these). */
export type BoardTab = 'mine' | 'supervising' | 'assisting' | 'all';
export const boardTabs: readonly BoardTab[] = ['mine', 'supervising', 'assisting', 'all'];
const tabOfRole: Record<TaskRole, BoardTab> = { responsible: 'mine', supervising: 'supervising', assisting: 'assisting' };

/** A task-list filter as the server takes it (task.list's input without paging). */
export interface ListFilter extends TaskFilterValues {
  role?: TaskRole;
}

/**
 * The board's filters live in the URL (tab, status, kind, escalation, overdue, due, q), so a link
 * from the 工作台 opens exactly the items its tile counted and can be shared.
 */
export function filterToSearch(filter: ListFilter): string {
  const p = new URLSearchParams();
  p.set('tab', filter.role ? tabOfRole[filter.role] : 'all');
  if (filter.status?.length) p.set('status', filter.status.join(','));
  if (filter.kind) p.set('kind', filter.kind);
  if (filter.escalation) p.set('escalation', filter.escalation);
  if (filter.overdue) p.set('overdue', '1');
  if (filter.dueWithinDays) p.set('due', String(filter.dueWithinDays));
  if (filter.search) p.set('q', filter.search);
  if (filter.light) p.set('light', filter.light);
  if (filter.unitId) p.set('unit', filter.unitId);
  if (filter.unitId && filter.unitName) p.set('unitName', filter.unitName);
  return p.toString();
}

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => (v && (list as readonly string[]).includes(v) ? (v as T) : undefined);

/** The filters a URL names, ignoring what it does not understand. */
export function searchToFilters(p: URLSearchParams): TaskFilterValues {
  const status = (p.get('status') ?? '').split(',').filter((s): s is TaskStatus => (taskStatuses as readonly string[]).includes(s));
  const due = Number(p.get('due'));
  return {
    status: status.length ? status : undefined,
    // Kinds are registered on the server (plugins add theirs): any key-shaped value; the server checks it.
    kind: /^[a-z0-9_.-]{1,80}$/.test(p.get('kind') ?? '') ? p.get('kind')! : undefined,
    escalation: oneOf<EscalationLevel>(escalationLevels, p.get('escalation')),
    overdue: p.get('overdue') === '1' || undefined,
    dueWithinDays: Number.isInteger(due) && due >= 1 && due <= 60 ? due : undefined,
    search: p.get('q')?.trim().slice(0, 50) || undefined,
    light: oneOf<TrafficLight>(trafficLights, p.get('light')),
    unitId: /^[A-Za-z0-9_-]{1,64}$/.test(p.get('unit') ?? '') ? p.get('unit')! : undefined,
    unitName: p.get('unit') ? p.get('unitName')?.slice(0, 60) || undefined : undefined,
  };
}

/** Writes filters into the URL, keeping the tab. */
export function withFilters(p: URLSearchParams, filters: TaskFilterValues): URLSearchParams {
  const tab = p.get('tab');
  const next = new URLSearchParams(filterToSearch(filters));
  if (tab) next.set('tab', tab);
  else next.delete('tab');
  return next;
}
