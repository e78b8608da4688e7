// The core's own sources for the scoring engine: supervision figures (办结率 …) as metrics, the
// listed-overdue veto and the township annual template. Other core areas and the plugin platform
// register theirs the same way (registerAssessmentContributions).
import { taskMetricSources } from '../tasks/metric-sources.ts';
import { listedOverdueVeto } from './listed-overdue-veto.ts';
import { registerAssessmentContributions } from './registry.ts';
import { townshipAnnualTemplate } from './township-template.ts';

registerAssessmentContributions({ origin: 'core', metrics: taskMetricSources, vetoes: [listedOverdueVeto], templates: [townshipAnnualTemplate] });
