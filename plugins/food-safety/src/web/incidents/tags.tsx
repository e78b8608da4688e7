import { Tag, Tooltip } from 'antd';
import { useBilingual } from '@duban/plugin-sdk/web';
import { levelNames, type IncidentLevel } from '../../shared/levels.ts';
import { reportingStatusNames, type ReportingStatus } from '../../shared/reporting.ts';

const levelColors: Record<IncidentLevel, string> = { I: 'magenta', II: 'red', III: 'orange', IV: 'gold' };

export function LevelTag({ level }: { level: IncidentLevel }) {
  const tr = useBilingual();
  return <Tag color={levelColors[level]} data-testid="level-tag">{tr(levelNames[level])}</Tag>;
}

const reportingColors: Record<ReportingStatus, string> = { 'on-time': 'green', late: 'orange', awaiting: 'blue', overdue: 'volcano', concealed: 'red' };

export function ReportingTag({ status }: { status: ReportingStatus }) {
  const tr = useBilingual();
  return <Tag color={reportingColors[status]}>{tr(reportingStatusNames[status])}</Tag>;
}

export function VetoTag({ reasons }: { reasons: { text: { zh: string; en: string } }[] }) {
  const tr = useBilingual();
  if (!reasons.length) return <Tag color="green">{tr({ zh: '不否决', en: 'No veto' })}</Tag>;
  return (
    <Tooltip title={reasons.map((r) => tr(r.text)).join(tr({ zh: ';', en: '; ' }))}>
      <Tag color="red" data-testid="veto-tag">{tr({ zh: '一票否决', en: 'Veto' })}</Tag>
    </Tooltip>
  );
}
