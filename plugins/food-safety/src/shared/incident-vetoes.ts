import { atOrAbove, levelNames, type IncidentLevel } from './levels.ts';
import { reportingTimeline, type ReportingDeadlines, type ReportingTimeline } from './reporting.ts';

/** What of an incident the veto rules (the source's 第七条(一)(二)) look at. */
export interface IncidentForVeto {
  title: string;
  discoveredAt: Date;
  suggestedLevel: IncidentLevel;
  confirmedLevel: IncidentLevel | null;
  falsified: boolean;
  mishandled: boolean;
  firstReportAt: Date | null;
}

export interface VetoSettings extends ReportingDeadlines {
  /** The level at or above which an incident vetoes (default II, 重大). */
  vetoLevel: IncidentLevel;
}

export type VetoKind = 'major-incident' | 'concealment';

export interface VetoReason {
  kind: VetoKind;
  text: { zh: string; en: string };
}

/** The confirmed level when an official has confirmed one, else the suggestion. */
export const effectiveLevel = (i: Pick<IncidentForVeto, 'suggestedLevel' | 'confirmedLevel'>) => i.confirmedLevel ?? i.suggestedLevel;

/**
 * Why an incident makes its unit 不合格 for the year, if it does: its level at or above the
 * configured one (第七条(一); a level still awaiting confirmation counts, so a veto cannot be
 * avoided by leaving it unconfirmed), and concealment, falsification or mishandling (第七条(二)).
 */
export function incidentVetoReasons(i: IncidentForVeto, s: VetoSettings, now: Date): { reasons: VetoReason[]; timeline: ReportingTimeline } {
  const reasons: VetoReason[] = [];
  const level = effectiveLevel(i);
  const timeline = reportingTimeline(i.discoveredAt, i.firstReportAt, s, now);
  if (atOrAbove(level, s.vetoLevel)) {
    const state = i.confirmedLevel ? { zh: '已认定', en: 'confirmed' } : { zh: '建议等级,待认定', en: 'suggested, awaiting confirmation' };
    reasons.push({
      kind: 'major-incident',
      text: {
        zh: `发生${levelNames[level].zh}食品安全事故「${i.title}」(${state.zh};${levelNames[s.vetoLevel].zh}及以上一票否决)`,
        en: `${levelNames[level].en} food-safety incident "${i.title}" (${state.en}; ${s.vetoLevel} or above is vetoed)`,
      },
    });
  }
  if (timeline.status === 'concealed') {
    // Concealed either way, but said as it happened: reported too late, or never reported yet.
    const hours = timeline.hoursToReport === null ? null : Math.floor(timeline.hoursToReport);
    const text = hours === null
      ? { zh: `食品安全事故「${i.title}」隐瞒不报(超过 ${s.concealmentHours} 小时未报告)`, en: `Incident "${i.title}" concealed (not reported within ${s.concealmentHours} hours)` }
      : { zh: `食品安全事故「${i.title}」隐瞒不报(发现后 ${hours} 小时才报告,超过 ${s.concealmentHours} 小时时限)`, en: `Incident "${i.title}" concealed (reported ${hours} hours after discovery, past the ${s.concealmentHours}-hour limit)` };
    reasons.push({ kind: 'concealment', text });
  }
  if (i.falsified) reasons.push({ kind: 'concealment', text: { zh: `食品安全事故「${i.title}」弄虚作假`, en: `Incident "${i.title}": facts falsified` } });
  if (i.mishandled) {
    reasons.push({ kind: 'concealment', text: { zh: `食品安全事故「${i.title}」处置不力,造成不良影响和严重后果`, en: `Incident "${i.title}" mishandled, with serious consequences` } });
  }
  return { reasons, timeline };
}
