import { useTranslation } from 'react-i18next';
import { useBilingual } from '../use-bilingual.ts';
import type { IndicatorConfig } from './config-ops.ts';
import { useCatalog } from './use-catalog.ts';

/** One line on how an indicator is scored: "每次扣 2 分", "按期办结率 60% → 0 分, 100% → 满分" … */
export function MethodSummary({ indicator }: { indicator: IndicatorConfig }) {
  const { t } = useTranslation();
  const bi = useBilingual();
  const { catalog } = useCatalog();
  const metric = (key: string | null | undefined) => {
    if (!key) return null;
    const m = catalog?.metrics.find((x) => x.key === key);
    return m ? { name: bi(m.name), unit: m.unit } : { name: key, unit: '' };
  };
  switch (indicator.method) {
    case 'manual':
      return <span className="muted">{t('assessments.summary.manual')}</span>;
    case 'bonus':
      return <span className="muted">{t('assessments.summary.bonus', { cap: indicator.maxScore })}</span>;
    case 'deduction': {
      const m = metric(indicator.metricKey);
      return (
        <span className="muted">
          {t('assessments.summary.deduction', { points: indicator.pointsPerOccurrence })}
          {m && ` · ${t('assessments.summary.deductionMetric', { metric: m.name })}`}
        </span>
      );
    }
    case 'formula': {
      const m = metric(indicator.metricKey);
      const name = m?.name ?? t('assessments.summary.noMetric');
      const unit = m?.unit ?? '';
      const map = indicator.mapping;
      if (map.kind === 'linear') return <span className="muted">{t('assessments.summary.linear', { metric: name, from: `${map.from}${unit}`, to: `${map.to}${unit}` })}</span>;
      const sign = map.direction === 'higher' ? '≥' : '≤';
      const bands = map.bands.map((b) => `${sign}${b.bound}${unit}: ${b.points}`).join(', ');
      return <span className="muted">{t('assessments.summary.thresholds', { metric: name, bands })}</span>;
    }
  }
}
