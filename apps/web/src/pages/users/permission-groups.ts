import type { PermissionDef } from '../../api/types.ts';

export interface PermissionGroup {
  area: string;
  permissions: PermissionDef[];
}

/**
 * Groups the catalogue by area for the role editor: core keys are `core.<area>.<action>`, plugin
 * keys `<pluginId>.<resource>.<action>` (grouped by plugin).
 */
export function groupPermissions(catalog: readonly PermissionDef[]): PermissionGroup[] {
  const groups = new Map<string, PermissionDef[]>();
  for (const p of catalog) {
    const [first, second] = p.key.split('.');
    const area = first === 'core' ? (second ?? 'other') : (first ?? 'other');
    groups.set(area, [...(groups.get(area) ?? []), p]);
  }
  return [...groups].map(([area, permissions]) => ({ area, permissions }));
}
