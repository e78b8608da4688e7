import { useTranslation } from 'react-i18next';
import { formatScore } from '../decimal.ts';
import type { ResultRow } from '../types.ts';
import { trendOf } from './result-view.ts';

const arrow = { up: '▲', down: '▼', same: '—' } as const;

/** Change from the previous period: the score difference and the places moved, each with an arrow. */
export function ChangeCell({ row }: { row: ResultRow }) {
  const { t } = useTranslation();
  if (!row.change || !row.previous) return <span className="muted">{t('assessments.results.noPrevious')}</span>;
  const score = trendOf(row.change.score);
  const rank = trendOf(row.change.rank);
  return (
    <span className="asm-change" data-testid="change">
      {score && (
        <span className={`asm-trend ${score}`} title={t('assessments.results.prevTotal', { total: formatScore(row.previous.total) })}>
          {arrow[score]} {score === 'same' ? '' : formatScore(Math.abs(row.change.score!))}
        </span>
      )}
      {rank && (
        <span className={`asm-trend ${rank}`} title={t('assessments.results.prevRank', { rank: row.previous.rank ?? '—' })}>
          {rank === 'same' ? t('assessments.results.rankSame') : t(rank === 'up' ? 'assessments.results.rankUp' : 'assessments.results.rankDown', { count: Math.abs(row.change.rank!) })}
        </span>
      )}
    </span>
  );
}
