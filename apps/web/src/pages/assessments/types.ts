import type { RouterInputs, RouterOutputs } from '../../api/types.ts';

// The 考核 screens' shapes, straight from the `assessment` router's types (dates are ISO strings,
// scores numbers rounded to 2 decimals, exact totals decimal strings).
type A = RouterOutputs['assessment'];

export type Catalog = A['catalog'];
export type PlanSummary = A['listPlans'][number];
export type PlanDetail = A['getPlan'];
export type PlanStatus = PlanDetail['status'];
export type PlanAction = PlanDetail['actions'][number];
export type PlanVersion = PlanDetail['versions'][number];
export type PlanUnit = PlanDetail['units'][number];
export type MyAssessment = A['myAssessments'][number];
export type SelfCheck = A['getSelfCheck'];
export type IndicatorView = SelfCheck['indicators'][number];
export type EvidenceView = SelfCheck['items'][number]['evidence'][number];
export type ScoringSheet = A['scoringSheet'];
export type EntryView = ScoringSheet['entries'][number];
export type VetoView = ScoringSheet['vetoes'][number];
export type Results = A['results'];
export type ResultRow = Results['items'][number];
export type Explanation = A['explain'];
export type IndicatorTrace = Explanation['components'][number]['categories'][number]['indicators'][number];
export type Problem = A['problems'][number];
export type ConfigCheckOutput = A['validateConfig'];

export type UpdatePlanInput = RouterInputs['assessment']['updatePlan'];
export type UnitSelection = NonNullable<UpdatePlanInput['units']>;
export type PeerGrouping = NonNullable<UpdatePlanInput['grouping']>;

export const planStatuses: readonly PlanStatus[] = ['draft', 'self_check', 'scoring', 'review', 'approved', 'published'];
