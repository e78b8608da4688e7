import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, PlanVersion } from './types.ts';

const statusColors: Record<PlanStatus, string> = {
  draft: 'default',
  self_check: 'cyan',
  scoring: 'blue',
  review: 'orange',
  approved: 'purple',
  published: 'green',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} data-testid="plan-status">
      {t(`assessments.status.${status}`)}
    </Tag>
  );
}

const versionColors: Record<PlanVersion['status'], string> = { draft: 'default', active: 'blue', superseded: 'default', published: 'green' };

/** "v2 · 使用中": a version's number and state; a replaced version shows struck through. */
export function VersionTag({ version }: { version: Pick<PlanVersion, 'number' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <Tag color={versionColors[version.status]} className={version.status === 'superseded' ? 'asm-version-old' : undefined} data-testid="version-tag">
      v{version.number} · {t(`assessments.versionStatus.${version.status}`)}
    </Tag>
  );
}

/**
 * A grade in the plan's own words. Bands run from the best down: the best is green, the last (the
 * failing grade, also the veto grade) red, the ones between blue.
 */
export function GradeTag({ grade, bands, vetoed }: { grade: { key: string; name: string } | null; bands: readonly { key: string }[]; vetoed?: boolean }) {
  const { t } = useTranslation();
  if (!grade) return <span className="muted">—</span>;
  const index = bands.findIndex((b) => b.key === grade.key);
  // Without the bands (an explanation on its own) only a veto is known to be the failing grade.
  const color = vetoed || (index >= 0 && index === bands.length - 1) ? 'red' : index === 0 ? 'green' : index > 0 ? 'blue' : 'default';
  const tag = (
    <Tag color={color} data-testid="grade-tag">
      {grade.name}
    </Tag>
  );
  return vetoed ? <Tooltip title={t('assessments.results.vetoGrade')}>{tag}</Tooltip> : tag;
}
