// A county's own boundaries from GeoJSON (issue 14 item 6): each Polygon/MultiPolygon feature is
// matched to a unit in the importer's subtree by its code (统一区划代码, the reliable key) or
// else by its name, when that name is unique in the subtree. A dry run reports what would match;
// the import then replaces the matched units' boundaries. Unmatched features are listed, not
// guessed at: a village drawn on the wrong unit is worse than one not drawn.
import type { Prisma } from '@duban/db';
import { DomainError } from '../errors/index.ts';
import { saveBoundaries } from './boundaries.ts';
import type { AreaGeometry, GeoFeature } from './geojson.ts';

type Tx = Prisma.TransactionClient;

const CODE_KEYS = ['code', 'CODE', 'adcode', 'ADCODE', '代码', '区划代码', 'xzqdm', 'XZQDM'];
const NAME_KEYS = ['name', 'NAME', 'Name', '名称', 'xzqmc', 'XZQMC'];

const firstOf = (props: Record<string, unknown> | null | undefined, keys: string[]) => {
  for (const k of keys) {
    const v = props?.[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return null;
};

export interface BoundaryImportReport {
  matched: { feature: number; orgUnitId: string; name: string; by: 'code' | 'name' }[];
  unmatched: { feature: number; label: string; reason: 'notArea' | 'noUnit' | 'ambiguousName' | 'duplicate' }[];
  saved: number;
}

export async function importBoundaries(db: Tx, args: { countyId: string; root: { id: string; path: string }; features: GeoFeature[]; dryRun: boolean }): Promise<BoundaryImportReport> {
  const units = await db.orgUnit.findMany({ where: { countyId: args.countyId, archivedAt: null, path: { startsWith: args.root.path } }, select: { id: true, name: true, code: true } });
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code!, u]));
  const byName = new Map<string, typeof units>();
  for (const u of units) byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
  const report: BoundaryImportReport = { matched: [], unmatched: [], saved: 0 };
  const taken = new Set<string>();
  args.features.forEach((f, i) => {
    const code = firstOf(f.properties, CODE_KEYS);
    const name = firstOf(f.properties, NAME_KEYS);
    const label = name ?? code ?? `#${i + 1}`;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return void report.unmatched.push({ feature: i + 1, label, reason: 'notArea' });
    const viaCode = code ? byCode.get(code) : undefined;
    const named = name ? (byName.get(name) ?? []) : [];
    const unit = viaCode ?? (named.length === 1 ? named[0] : undefined);
    if (!unit) return void report.unmatched.push({ feature: i + 1, label, reason: named.length > 1 ? 'ambiguousName' : 'noUnit' });
    if (taken.has(unit.id)) return void report.unmatched.push({ feature: i + 1, label, reason: 'duplicate' });
    taken.add(unit.id);
    report.matched.push({ feature: i + 1, orgUnitId: unit.id, name: unit.name, by: viaCode ? 'code' : 'name' });
  });
  if (args.dryRun) return report;
  if (report.matched.length === 0) throw new DomainError('BAD_REQUEST', 'errors.map.noBoundaryMatched', '文件中没有能对应到本级及下级单位的边界(请用区划代码或名称)');
  report.saved = await saveBoundaries(db, args.countyId, report.matched.map((m) => ({ orgUnitId: m.orgUnitId, geometry: args.features[m.feature - 1]!.geometry as AreaGeometry })), 'imported');
  return report;
}
