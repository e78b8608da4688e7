import { Card, Empty, Input, Skeleton, Tree, type GetRef } from 'antd';
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IconSearch } from '../../app/icons.tsx';
import { ancestorIds, type OrgIndex } from '../../components/org-index.ts';
import { buildTreeData } from './tree-data.tsx';
import { useViewportHeight } from './use-viewport-height.ts';

interface Props {
  index: OrgIndex | null;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  extra?: ReactNode;
}

/**
 * The org tree (左侧树). A county has thousands of units, so the tree is virtual (fixed height)
 * and filtering runs on a deferred copy of the query to keep typing smooth.
 */
export function OrgTree({ index, selectedId, onSelect, extra }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const [expanded, setExpanded] = useState<string[]>([]);
  const height = useViewportHeight(268, 360);
  const treeRef = useRef<GetRef<typeof Tree>>(null);

  const { nodes, matches } = useMemo(() => (index ? buildTreeData(index, deferred) : { nodes: [], matches: [] }), [index, deferred]);

  // Open the tree down to the selected unit (a link or a reload lands deep inside it).
  useEffect(() => {
    if (!index) return;
    const open = [...index.roots.map((r) => r.id), ...(selectedId ? ancestorIds(index, selectedId) : [])];
    setExpanded((prev) => [...new Set([...prev, ...open])]);
  }, [index, selectedId]);

  // A unit chosen elsewhere (breadcrumb, sub-unit tag, link) is scrolled into the virtual list.
  useEffect(() => {
    if (!selectedId) return;
    const id = requestAnimationFrame(() => treeRef.current?.scrollTo({ key: selectedId, align: 'auto' }));
    return () => cancelAnimationFrame(id);
  }, [selectedId, index]);

  // While searching, every match is shown with the path down to it.
  useEffect(() => {
    if (!index || !deferred) return;
    setExpanded([...new Set(matches.flatMap((id) => ancestorIds(index, id)))]);
  }, [index, deferred, matches]);

  return (
    <Card className="org-tree-card" title={t('orgUnits.title')} extra={extra} variant="borderless">
      <Input
        allowClear
        prefix={<IconSearch style={{ color: '#8a94a6' }} />}
        placeholder={t('orgUnits.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginRight: 4 }}
      />
      <div className="org-tree-meta">{deferred && t('orgUnits.matches', { count: matches.length })}</div>
      {!index ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={deferred ? t('orgUnits.noMatch', { q: deferred }) : t('orgUnits.treeEmpty')} />
      ) : (
        <div data-testid="org-tree">
          <Tree
            ref={treeRef}
            treeData={nodes}
            showIcon
            blockNode
            height={height}
            expandedKeys={expanded}
            onExpand={(keys) => setExpanded(keys as string[])}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(keys, info) => {
              // Clicking the selected unit again keeps it selected rather than clearing the detail.
              const id = (keys[0] as string | undefined) ?? (info.node.key as string);
              onSelect(id);
            }}
          />
        </div>
      )}
    </Card>
  );
}
