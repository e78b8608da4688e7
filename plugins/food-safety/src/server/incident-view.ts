import type { FoodSafetyIncident, FoodSafetyIncidentReport } from '@duban/plugin-sdk/db';
import { classifyIncident, type HandledBy } from '../shared/classify-incident.ts';
import { effectiveLevel, incidentVetoReasons, type VetoSettings } from '../shared/incident-vetoes.ts';

type Row = FoodSafetyIncident & { orgUnit: { name: string; path: string }; reports: Pick<FoodSafetyIncidentReport, 'reportedAt'>[] };

const firstReportAt = (reports: Pick<FoodSafetyIncidentReport, 'reportedAt'>[]) =>
  reports.reduce<Date | null>((first, r) => (first === null || r.reportedAt < first ? r.reportedAt : first), null);

/** An incident as the register lists it: levels, reporting status and the vetoes it triggers. */
export function incidentSummary(row: Row, settings: VetoSettings, now = new Date()) {
  const first = firstReportAt(row.reports);
  const { reasons, timeline } = incidentVetoReasons({ ...row, firstReportAt: first }, settings, now);
  const { reports: _reports, ...incident } = row;
  return {
    ...incident,
    handledBy: row.handledBy as HandledBy,
    unitName: row.orgUnit.name,
    level: effectiveLevel(row),
    firstReportAt: first,
    reporting: timeline,
    vetoed: reasons.length > 0,
    vetoReasons: reasons,
  };
}

/** The detail: the summary plus every grading criterion checked against the facts, and the timeline. */
export function incidentDetail(row: Row & { reports: FoodSafetyIncidentReport[] }, settings: VetoSettings, now = new Date()) {
  const classification = classifyIncident({ ...row, handledBy: row.handledBy as HandledBy });
  return {
    ...incidentSummary(row, settings, now),
    reports: [...row.reports].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime()),
    classification,
    settings: { vetoLevel: settings.vetoLevel, reportDeadlineHours: settings.reportDeadlineHours, concealmentHours: settings.concealmentHours },
  };
}
