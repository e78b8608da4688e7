import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertRow } from './types.ts';

/** What a threshold crossing raised: the warning's board or the rectification item, else the unit's inbox notice. */
export function ProducedLink({ alert }: { alert: Pick<AlertRow, 'warningId' | 'taskId'> }) {
  const { t } = useTranslation();
  if (alert.warningId) return <Link to={`/warnings/${alert.warningId}`} data-testid="produced-link" data-kind="warning">{t('readings.station.warning')}</Link>;
  if (alert.taskId) return <Link to={`/tasks/${alert.taskId}`} data-testid="produced-link" data-kind="task">{t('readings.station.task')}</Link>;
  return <span className="muted" data-testid="produced-link" data-kind="notice">{t('readings.station.notified')}</span>;
}
