import { Button, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { IconMap } from '../../app/icons.tsx';
import { useCan } from '../../app/session.ts';
import { useOrgUnits } from '../../components/use-org-units.ts';
import { usePermissionRoots } from '../../components/use-permission-roots.ts';
import { DistrictsDrawer } from './DistrictsDrawer.tsx';
import './org-units.css';
import { OrgTree } from './OrgTree.tsx';
import { UnitDetail } from './UnitDetail.tsx';

/**
 * 组织机构: the tree of everything the user may see on the left, the selected unit on the right.
 * The selection lives in the URL (/org-units/:id), so it survives reloads and can be linked to.
 */
export default function OrgUnitsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { id } = useParams();
  const { index } = useOrgUnits();
  const [districtsOpen, setDistrictsOpen] = useState(false);
  const { roots } = usePermissionRoots('core.orgUnit.read');
  const selectedId = id ?? roots[0]?.id;
  const select = (unitId: string) => void navigate(`/org-units/${unitId}`);

  return (
    <div className="org-layout">
      <OrgTree
        index={index}
        selectedId={selectedId}
        onSelect={select}
        extra={
          can('core.district.read') && (
            <Button size="small" type="text" icon={<IconMap />} onClick={() => setDistrictsOpen(true)}>
              {t('orgUnits.actions.districts')}
            </Button>
          )
        }
      />
      {selectedId ? (
        <UnitDetail key={selectedId} unitId={selectedId} index={index} onNavigate={select} />
      ) : (
        <Empty description={t('orgUnits.selectHint')} />
      )}
      {can('core.district.read') && <DistrictsDrawer open={districtsOpen} onClose={() => setDistrictsOpen(false)} onSelectUnit={select} />}
    </div>
  );
}
