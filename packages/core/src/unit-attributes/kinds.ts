// The kinds of unit attribute (issue 14 item 3, C11): what each is called, its unit, its type and
// range. Browser-safe (no imports): the server checks values with it, the web builds its form
// from it. A kind is added here; stored values keep their key.
export interface UnitAttributeKind {
  key: string;
  name: { zh: string; en: string };
  unit: { zh: string; en: string };
  /** int: counts (households, people); decimal: measures (area). */
  type: 'int' | 'decimal';
  min: number;
  max: number;
}

export const unitAttributeKinds = [
  { key: 'households', name: { zh: '户数', en: 'Households' }, unit: { zh: '户', en: 'households' }, type: 'int', min: 0, max: 10_000_000 },
  { key: 'residentPopulation', name: { zh: '常住人口', en: 'Resident population' }, unit: { zh: '人', en: 'people' }, type: 'int', min: 0, max: 50_000_000 },
  { key: 'registeredPopulation', name: { zh: '户籍人口', en: 'Registered population' }, unit: { zh: '人', en: 'people' }, type: 'int', min: 0, max: 50_000_000 },
  { key: 'areaKm2', name: { zh: '面积', en: 'Area' }, unit: { zh: '平方公里', en: 'km²' }, type: 'decimal', min: 0, max: 1_000_000 },
  { key: 'farmlandMu', name: { zh: '耕地面积', en: 'Farmland' }, unit: { zh: '亩', en: 'mu' }, type: 'decimal', min: 0, max: 100_000_000 },
  { key: 'groups', name: { zh: '村民小组数', en: 'Villager groups' }, unit: { zh: '个', en: 'groups' }, type: 'int', min: 0, max: 10_000 },
] as const satisfies readonly UnitAttributeKind[];

export type UnitAttributeKey = (typeof unitAttributeKinds)[number]['key'];
export const unitAttributeKeys = unitAttributeKinds.map((k) => k.key) as [UnitAttributeKey, ...UnitAttributeKey[]];
export const unitAttributeKind = (key: string): UnitAttributeKind | undefined => unitAttributeKinds.find((k) => k.key === key);

/** Why a value does not fit its kind, in both languages (null: it fits). */
export function attributeValueProblem(kind: UnitAttributeKind, value: number): { zh: string; en: string } | null {
  if (!Number.isFinite(value)) return { zh: '须为数字', en: 'must be a number' };
  if (kind.type === 'int' && !Number.isInteger(value)) return { zh: `${kind.name.zh}须为整数`, en: `${kind.name.en} must be a whole number` };
  if (value < kind.min || value > kind.max) return { zh: `${kind.name.zh}须在 ${kind.min} 到 ${kind.max} 之间`, en: `${kind.name.en} must be between ${kind.min} and ${kind.max}` };
  return null;
}
