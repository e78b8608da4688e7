import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RouterOutputs } from '../../api/types.ts';
import { filterToSearch } from '../tasks/filter-url.ts';

export type Tile = RouterOutputs['workbench']['responsible']['tiles'][number];

/** Counted items as big numbers with a red/yellow/green light; each opens the list filtered to them. */
export function WorkTiles({ tiles, dueSoonDays, testId }: { tiles: readonly Tile[]; dueSoonDays?: number; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="wb-tiles" data-testid={testId}>
      {tiles.map((tile) => (
        <Link key={tile.key} to={`/tasks?${filterToSearch(tile.filter)}`} className={`wb-tile wb-${tile.light}`} data-testid={`tile-${tile.key}`}>
          <span className="wb-light" role="img" aria-label={t(`workbench.lights.${tile.light}`)} />
          <span className="wb-label">{t(`workbench.tiles.${tile.key}`)}</span>
          <span className="wb-count" data-testid="tile-count">{tile.count}</span>
          <span className="wb-hint">{t(`workbench.hints.${tile.key}`, { days: dueSoonDays })}</span>
        </Link>
      ))}
    </div>
  );
}

/** A home card: a title and its body, the same frame for every role's part. */
export function HomeCard({ title, extra, children, testId }: { title: string; extra?: React.ReactNode; children: React.ReactNode; testId?: string }) {
  return (
    <Card title={title} extra={extra} variant="borderless" style={{ height: '100%' }} data-testid={testId}>
      {children}
    </Card>
  );
}
