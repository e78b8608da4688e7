import { childLevels } from '@duban/api/schemas';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgLevel } from '../api/types.ts';
import { IconCounty, IconDepartment, IconGroup, IconTownship, IconVillage, type IconComponent } from '../app/icons.tsx';

/** Which level may sit under which is the core's rule (org-units/levels.ts), re-exported here. */
export { childLevels };

export const parentLevels = (level: OrgLevel): OrgLevel[] =>
  (Object.keys(childLevels) as OrgLevel[]).filter((parent) => childLevels[parent].includes(level));

/** Whether a unit of `level`, or something below it, can be one of `targets` (prunes pickers). */
export function canLeadTo(level: OrgLevel, targets: readonly OrgLevel[]): boolean {
  return targets.includes(level) || childLevels[level].some((child) => canLeadTo(child, targets));
}

export const levelIcons: Record<OrgLevel, IconComponent> = {
  county: IconCounty,
  township: IconTownship,
  village: IconVillage,
  group: IconGroup,
  department: IconDepartment,
};

const levelColors: Record<OrgLevel, string> = {
  county: 'red',
  township: 'blue',
  village: 'green',
  group: 'default',
  department: 'purple',
};

export function LevelIcon({ level }: { level: OrgLevel }) {
  const Icon = levelIcons[level];
  return <Icon />;
}

export function LevelTag({ level }: { level: OrgLevel }) {
  const { t } = useTranslation();
  return <Tag color={levelColors[level]} style={{ marginInlineEnd: 0 }}>{t(`levels.${level}`)}</Tag>;
}
