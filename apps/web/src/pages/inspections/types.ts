import type { RouterOutputs } from '../../api/types.ts';

export type VisitRow = RouterOutputs['inspection']['listVisits']['items'][number];
export type VisitDetail = RouterOutputs['inspection']['getVisit'];
export type RecordView = VisitDetail['records'][number];
export type FindingView = VisitDetail['findings'][number];
export type GroupRow = RouterOutputs['inspection']['listGroups'][number];
export type RotationDetail = RouterOutputs['inspection']['getRotation'];
export type RotationViolation = RotationDetail['violations'][number];
export type VisitStatus = VisitRow['status'];

export const visitStatusColor: Record<VisitStatus, string> = {
  planned: 'blue',
  in_progress: 'orange',
  completed: 'green',
  cancelled: 'default',
};

/** A bilingual label in the user's language (en falls back to zh). */
export const bi = (label: { zh: string; en?: string } | undefined, language: string) =>
  label ? (language === 'en' && label.en ? label.en : label.zh) : '';
