import type { KeyWork, KeyWorkProgress, KeyWorkTarget } from '@duban/db';

type Node = KeyWork & { targets: KeyWorkTarget[]; progress: KeyWorkProgress[] };

export interface TargetStatus {
  id: string;
  metric: string;
  unit: string;
  targetValue: number;
  actual: number;
  percent: number | null;
}

/**
 * Progress rolls up the tree: a key work that was decomposed counts the sum of its parts' actuals
 * for each metric; a leaf counts its own latest reported value. Linear in the number of key works
 * (children are looked up in a map), so a county's imported thousands roll up at once.
 */
export function rollUp(all: Node[], rootId?: string): Map<string, TargetStatus[]> {
  const childrenOf = new Map<string, Node[]>();
  for (const k of all) if (k.parentId) childrenOf.set(k.parentId, [...(childrenOf.get(k.parentId) ?? []), k]);
  const memo = new Map<string, TargetStatus[]>();
  const visit = (node: Node): TargetStatus[] => {
    const cached = memo.get(node.id);
    if (cached) return cached;
    const kids = (childrenOf.get(node.id) ?? []).map((c) => visit(c));
    const result = [...node.targets]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((t) => {
        const latest = node.progress.filter((p) => p.targetId === t.id && p.value !== null).sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime())[0];
        const actual = kids.length
          ? kids.flat().filter((k) => k.metric === t.metric && k.unit === t.unit).reduce((sum, k) => sum + k.actual, 0)
          : Number(latest?.value ?? 0);
        const targetValue = Number(t.targetValue);
        return { id: t.id, metric: t.metric, unit: t.unit, targetValue, actual, percent: targetValue > 0 ? Math.round((actual * 10000) / targetValue) / 100 : null };
      });
    memo.set(node.id, result);
    return result;
  };
  const root = rootId ? all.find((k) => k.id === rootId) : undefined;
  if (root) visit(root);
  for (const k of all) visit(k);
  return memo;
}
