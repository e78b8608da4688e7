import type { ReactNode } from 'react';
import type { OrgUnit } from '../../api/types.ts';
import { LevelIcon } from '../../components/levels.tsx';
import type { OrgIndex } from '../../components/org-index.ts';

export interface OrgTreeNode {
  key: string;
  title: ReactNode;
  icon: ReactNode;
  isLeaf: boolean;
  children?: OrgTreeNode[];
}

/** The name with the searched text marked, so a match is easy to spot in a long tree. */
function highlight(name: string, query: string): ReactNode {
  if (!query) return name;
  const at = name.indexOf(query);
  if (at < 0) return name;
  return (
    <>
      {name.slice(0, at)}
      <mark>{name.slice(at, at + query.length)}</mark>
      {name.slice(at + query.length)}
    </>
  );
}

/**
 * antd Tree data from the index. With a query, only matching units, the path down to them and
 * their own subtrees are kept; `matches` are their ids (to expand their ancestors and report a count).
 */
export function buildTreeData(index: OrgIndex, query: string): { nodes: OrgTreeNode[]; matches: string[] } {
  const matches: string[] = [];
  // Below a match everything is kept (collapsed), so a found village can still be opened.
  const visit = (unit: OrgUnit, keepAll: boolean): OrgTreeNode | null => {
    const hit = !!query && unit.name.includes(query);
    if (hit) matches.push(unit.id);
    const children = (index.children.get(unit.id) ?? []).map((c) => visit(c, keepAll || hit)).filter((n): n is OrgTreeNode => n !== null);
    if (query && !hit && !keepAll && children.length === 0) return null;
    return {
      key: unit.id,
      title: <span className="org-tree-title">{highlight(unit.name, query)}</span>,
      icon: <LevelIcon level={unit.level} />,
      isLeaf: children.length === 0,
      children: children.length ? children : undefined,
    };
  };
  const nodes = index.roots.map((root) => visit(root, false)).filter((n): n is OrgTreeNode => n !== null);
  return { nodes, matches };
}
