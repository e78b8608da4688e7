import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { OrgUnit } from '../../api/types.ts';
import { LevelIcon } from '../../components/levels.tsx';
import type { OrgIndex } from '../../components/org-index.ts';
import { useOrgUnits } from '../../components/use-org-units.ts';

interface Node {
  value: string;
  title: string;
  icon: React.ReactNode;
  disabled: boolean;
  children?: Node[];
}

function toNodes(index: OrgIndex, units: readonly OrgUnit[], selectable: (u: OrgUnit) => boolean): Node[] {
  return units.filter((u) => u.level !== 'group').map((u) => {
    const children = toNodes(index, index.children.get(u.id) ?? [], selectable);
    return {
      value: u.id,
      title: u.name,
      icon: <LevelIcon level={u.level} />,
      disabled: !selectable(u),
      children: children.length ? children : undefined,
    };
  });
}

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
  selectable: (unit: OrgUnit) => boolean;
  placeholder?: string;
  'data-testid'?: string;
}

/**
 * Picks several org units (协办单位) from the user's visible tree, searchable by name. Groups
 * (组) are left out: items are assisted by townships, villages or departments.
 */
export function OrgUnitMultiSelect({ value, onChange, selectable, placeholder, ...rest }: Props) {
  const { index, isPending } = useOrgUnits();
  const treeData = useMemo(() => (index ? toNodes(index, index.roots, selectable) : []), [index, selectable]);
  return (
    <TreeSelect
      data-testid={rest['data-testid']}
      multiple
      value={value ?? []}
      onChange={(ids: string[]) => onChange?.(ids)}
      treeData={treeData}
      loading={isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeIcon
      treeDefaultExpandedKeys={index?.roots.map((r) => r.id)}
      placeholder={placeholder}
      allowClear
      maxTagCount={6}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 280 } } }}
    />
  );
}
