import type { ComponentType } from 'react';

/**
 * Pages of the signed-in app. Each is its own chunk (loaded on first visit) and may demand a
 * permission; without it the route guard shows the forbidden page instead. Plugins add pages with
 * registerRoute() before the app starts (the router is built once, at start).
 */
export interface AppRoute {
  /** Relative to the app root, react-router syntax (optional segments allowed: 'org-units/:id?'). */
  path: string;
  permission?: string;
  load: () => Promise<{ default: ComponentType }>;
}

const routes: AppRoute[] = [
  { path: 'org-units/:id?', permission: 'core.orgUnit.read', load: () => import('../pages/org-units/OrgUnitsPage.tsx') },
  { path: 'people', permission: 'core.person.read', load: () => import('../pages/people/PeoplePage.tsx') },
  { path: 'users', permission: 'core.user.read', load: () => import('../pages/users/UsersPage.tsx') },
  { path: 'tasks', permission: 'core.task.read', load: () => import('../pages/tasks/TaskBoardPage.tsx') },
  { path: 'tasks/dashboard', permission: 'core.task.read', load: () => import('../pages/tasks/TaskDashboardPage.tsx') },
  { path: 'tasks/bulletin', permission: 'core.task.read', load: () => import('../pages/tasks/BulletinPage.tsx') },
  { path: 'tasks/post-checks', permission: 'core.task.read', load: () => import('../pages/tasks/PostChecksPage.tsx') },
  { path: 'tasks/:id', permission: 'core.task.read', load: () => import('../pages/tasks/TaskDetailPage.tsx') },
  { path: 'key-work', permission: 'core.keyWork.read', load: () => import('../pages/key-work/KeyWorkListPage.tsx') },
  { path: 'key-work/:id', permission: 'core.keyWork.read', load: () => import('../pages/key-work/KeyWorkDetailPage.tsx') },
  { path: 'audit', permission: 'core.audit.read', load: () => import('../pages/audit/AuditPage.tsx') },
  { path: 'modules', permission: 'core.plugin.read', load: () => import('../plugins/ModulesPage.tsx') },
  // A plugin's pages: which plugin and page is decided at run time from the generated registry.
  { path: 'plugins/:pluginId/*', load: () => import('../plugins/PluginPage.tsx') },
];

export function registerRoute(route: AppRoute) {
  routes.push(route);
}

export const appRoutes = (): readonly AppRoute[] => routes;
