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
  { path: 'tasks/leader', permission: 'core.task.read', load: () => import('../pages/tasks/LeaderViewPage.tsx') },
  { path: 'tasks/post-checks', permission: 'core.task.read', load: () => import('../pages/tasks/PostChecksPage.tsx') },
  { path: 'tasks/:id', permission: 'core.task.read', load: () => import('../pages/tasks/TaskDetailPage.tsx') },
  // 联合办案: the list and one case with its shares.
  { path: 'joint-cases', permission: 'core.task.read', load: () => import('../pages/joint-cases/JointCasesPage.tsx') },
  { path: 'joint-cases/:id', permission: 'core.task.read', load: () => import('../pages/joint-cases/JointCasePage.tsx') },
  // 责任状 and 问责台账.
  { path: 'accountability', permission: 'core.keyWork.read', load: () => import('../pages/accountability/LettersPage.tsx') },
  { path: 'accountability/letters/:id', permission: 'core.keyWork.read', load: () => import('../pages/accountability/LetterPage.tsx') },
  { path: 'accountability/register', permission: 'core.task.read', load: () => import('../pages/accountability/AccountabilityRegisterPage.tsx') },
  { path: 'key-work', permission: 'core.keyWork.read', load: () => import('../pages/key-work/KeyWorkListPage.tsx') },
  { path: 'key-work/:id', permission: 'core.keyWork.read', load: () => import('../pages/key-work/KeyWorkDetailPage.tsx') },
  // 入户调查 (household surveys); the fill page works offline (src/offline).
  { path: 'surveys', permission: 'core.survey.read', load: () => import('../pages/surveys/SurveyListPage.tsx') },
  { path: 'surveys/fill', permission: 'core.survey.fill', load: () => import('../pages/surveys/SurveyFillPage.tsx') },
  { path: 'surveys/quotas', permission: 'core.survey.read', load: () => import('../pages/surveys/SurveyQuotasPage.tsx') },
  { path: 'surveys/callbacks', permission: 'core.survey.read', load: () => import('../pages/surveys/SurveyCallbacksPage.tsx') },
  { path: 'surveys/flags', permission: 'core.survey.read', load: () => import('../pages/surveys/SurveyFlagsPage.tsx') },
  { path: 'surveys/forms', permission: 'core.survey.read', load: () => import('../pages/surveys/SurveyFormsPage.tsx') },
  // 考核: plans (list, one plan with its tabs) and an assessed unit's self-check.
  { path: 'assessments', permission: 'core.assessment.read', load: () => import('../pages/assessments/AssessmentsPage.tsx') },
  { path: 'assessments/self-check/:assessmentUnitId', permission: 'core.assessment.read', load: () => import('../pages/assessments/self-check/SelfCheckPage.tsx') },
  { path: 'assessments/:planId', permission: 'core.assessment.read', load: () => import('../pages/assessments/PlanPage.tsx') },
  // 督查: visits (list, one visit, the phone checklist), rotation plans, groups, templates, findings.
  { path: 'inspections', permission: 'core.inspection.read', load: () => import('../pages/inspections/VisitListPage.tsx') },
  { path: 'inspections/visits/:id', permission: 'core.inspection.read', load: () => import('../pages/inspections/VisitDetailPage.tsx') },
  { path: 'inspections/visits/:id/fill/:templateId', permission: 'core.inspection.inspect', load: () => import('../pages/inspections/ChecklistFillPage.tsx') },
  { path: 'inspections/findings', permission: 'core.inspection.read', load: () => import('../pages/inspections/FindingsPage.tsx') },
  { path: 'inspections/rotation', permission: 'core.inspection.read', load: () => import('../pages/inspections/RotationListPage.tsx') },
  { path: 'inspections/rotation/:id', permission: 'core.inspection.read', load: () => import('../pages/inspections/RotationPlanPage.tsx') },
  { path: 'inspections/groups', permission: 'core.inspection.read', load: () => import('../pages/inspections/GroupsPage.tsx') },
  { path: 'inspections/templates', permission: 'core.inspection.templates', load: () => import('../pages/inspections/TemplatesPage.tsx') },
  { path: 'inspections/templates/:id', permission: 'core.inspection.templates', load: () => import('../pages/inspections/TemplateEditorPage.tsx') },
  // 预警: the list, the phone page to acknowledge, one warning's live board.
  { path: 'warnings', permission: 'core.warning.read', load: () => import('../pages/warnings/WarningsPage.tsx') },
  { path: 'warnings/mine', permission: 'core.warning.acknowledge', load: () => import('../pages/warnings/MyWarningsPage.tsx') },
  { path: 'warnings/:id', permission: 'core.warning.read', load: () => import('../pages/warnings/WarningBoardPage.tsx') },
  // 地图: the county (or the user's unit) and its children; /map/<unit> drills down.
  { path: 'map/:unitId?', permission: 'core.map.read', load: () => import('../pages/maps/MapPage.tsx') },
  // 投诉受理: the ledger, the intake form, the board, one complaint.
  { path: 'complaints', permission: 'core.complaint.read', load: () => import('../pages/complaints/ComplaintsPage.tsx') },
  { path: 'complaints/new', permission: 'core.complaint.intake', load: () => import('../pages/complaints/ComplaintIntakePage.tsx') },
  { path: 'complaints/board', permission: 'core.complaint.read', load: () => import('../pages/complaints/ComplaintBoardPage.tsx') },
  { path: 'complaints/:id', permission: 'core.complaint.read', load: () => import('../pages/complaints/ComplaintDetailPage.tsx') },
  // 报送任务: the list, the phone page to report, one duty's calendar.
  { path: 'duties', permission: 'core.duty.read', load: () => import('../pages/duties/DutiesPage.tsx') },
  { path: 'duties/mine', permission: 'core.duty.report', load: () => import('../pages/duties/MyReportsPage.tsx') },
  { path: 'duties/:id', permission: 'core.duty.read', load: () => import('../pages/duties/DutyCalendarPage.tsx') },
  // 监测站点: the list and one station (chart, readings, entry, CSV, device key, threshold).
  { path: 'readings', permission: 'core.reading.read', load: () => import('../pages/readings/StationsPage.tsx') },
  { path: 'readings/:id', permission: 'core.reading.read', load: () => import('../pages/readings/StationPage.tsx') },
  { path: 'audit', permission: 'core.audit.read', load: () => import('../pages/audit/AuditPage.tsx') },
  { path: 'modules', permission: 'core.plugin.read', load: () => import('../plugins/ModulesPage.tsx') },
  // A plugin's pages: which plugin and page is decided at run time from the generated registry.
  { path: 'plugins/:pluginId/*', load: () => import('../plugins/PluginPage.tsx') },
];

export function registerRoute(route: AppRoute) {
  routes.push(route);
}

export const appRoutes = (): readonly AppRoute[] => routes;
