import type { WarningLevelKey } from '@duban/api/schemas';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The colour each level is called by (蓝 黄 橙 红). */
export const levelColor: Record<WarningLevelKey, string> = { blue: 'blue', yellow: 'gold', orange: 'orange', red: 'red' };

export function LevelTag({ level }: { level: WarningLevelKey }) {
  const { t } = useTranslation();
  return <Tag color={levelColor[level]} variant="solid" data-testid="warning-level">{t(`warnings.levels.${level}`)}</Tag>;
}
