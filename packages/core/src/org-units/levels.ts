import type { OrgLevel } from '@duban/db';

/** Which level may sit under which: the shape of the territorial tree, departments beside it. */
export const childLevels: Record<OrgLevel, readonly OrgLevel[]> = {
  county: ['township', 'department'],
  township: ['village'],
  village: ['group'],
  group: [],
  department: [],
};

export const levelNames: Record<OrgLevel, { zh: string; en: string }> = {
  county: { zh: '县', en: 'County' },
  township: { zh: '乡镇', en: 'Township' },
  village: { zh: '村(社区)', en: 'Village' },
  group: { zh: '组', en: 'Group' },
  department: { zh: '部门', en: 'Department' },
};

export const canParent = (parent: OrgLevel, child: OrgLevel) => childLevels[parent].includes(child);
