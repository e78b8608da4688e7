import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { OrgUnit } from '../api/types.ts';
import { LevelIcon } from './levels.tsx';
import type { OrgIndex } from './org-index.ts';
import { useOrgUnits } from './use-org-units.ts';

interface TreeSelectNode {
  value: string;
  title: string;
  icon: React.ReactNode;
  disabled?: boolean;
  children?: TreeSelectNode[];
}

function toNodes(index: OrgIndex, units: readonly OrgUnit[], selectable?: (u: OrgUnit) => boolean, prune?: (u: OrgUnit) => boolean): TreeSelectNode[] {
  return units
    .filter((u) => !prune?.(u))
    .map((u) => {
      const children = index.children.get(u.id);
      return {
        value: u.id,
        title: u.name,
        icon: <LevelIcon level={u.level} />,
        disabled: selectable ? !selectable(u) : false,
        children: children ? toNodes(index, children, selectable, prune) : undefined,
      };
    });
}

export interface OrgUnitTreeSelectProps {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  /** Units that may be picked; others show greyed out (their children may still be pickable). */
  selectable?: (unit: OrgUnit) => boolean;
  /** Units left out together with their subtrees (e.g. a unit cannot move under itself). */
  prune?: (unit: OrgUnit) => boolean;
  /** Hide levels deeper than this (groups make the picker long and are rarely wanted). */
  maxLevelDepth?: number;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
}

/** Picks one org unit from the user's visible tree, searchable by name. */
export function OrgUnitTreeSelect({ value, onChange, selectable, prune, placeholder, allowClear, style, ...rest }: OrgUnitTreeSelectProps) {
  const { index, isPending } = useOrgUnits();
  const treeData = useMemo(() => (index ? toNodes(index, index.roots, selectable, prune) : []), [index, selectable, prune]);
  return (
    <TreeSelect
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? undefined)}
      treeData={treeData}
      loading={isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeIcon
      treeDefaultExpandedKeys={index?.roots.map((r) => r.id)}
      placeholder={placeholder}
      allowClear={allowClear}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 280 } } }}
    />
  );
}
