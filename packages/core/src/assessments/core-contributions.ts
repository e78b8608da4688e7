// The core's own sources for the scoring engine: supervision figures (办结率 …) as metrics,
// checklist results and survey answers as metric families (one member per template / answer of
// the county), the listed-overdue veto and the township annual template. Other core areas and the plugin platform
// register theirs the same way (registerAssessmentContributions).
import { complaintMetricSources } from '../complaints/metric-sources.ts';
import { checklistMetricFamilies } from '../inspections/checklist-metrics.ts';
import { dutyMetricFamilies } from '../duties/duty-metrics.ts';
import { surveyAnswerShareFamily } from '../surveys/answer-share-metric.ts';
import { taskMetricSources } from '../tasks/metric-sources.ts';
import { unitAttributeFamily } from '../unit-attributes/metric-family.ts';
import { listedOverdueVeto } from './listed-overdue-veto.ts';
import { registerAssessmentContributions } from './registry.ts';
import { townshipAnnualTemplate } from './township-template.ts';

registerAssessmentContributions({
  origin: 'core', metrics: [...taskMetricSources, ...complaintMetricSources], metricFamilies: [...checklistMetricFamilies, surveyAnswerShareFamily, ...dutyMetricFamilies, unitAttributeFamily], vetoes: [listedOverdueVeto], templates: [townshipAnnualTemplate] });
