import type { AssessmentPlanConfig } from './config.ts';

/**
 * A ready-made assessment plan (考核办法) a county can start from: the core ships a township
 * annual key-work assessment; plugins contribute their domain's method through
 * `assessmentTemplates` in their server part (the food-safety plugin: 食品安全工作考核).
 * `assessment.createFromTemplate` makes a draft plan from it, which the county then adjusts.
 */
export interface AssessmentTemplate {
  /** Unique; a plugin's keys start with its id (`food-safety.annual`). */
  key: string;
  name: { zh: string; en: string };
  description?: { zh: string; en: string };
  /** Who is assessed by default. */
  units?: { mode: 'level'; level: 'township' | 'department' | 'village' };
  /** How units are grouped for ranking by default. */
  grouping?: { by: 'all' | 'district' | 'level' };
  /** Components, indicator tree, grade bands, veto rules, missing-score rule. */
  config: AssessmentPlanConfig;
}
