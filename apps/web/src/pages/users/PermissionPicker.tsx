import { Checkbox, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PermissionDef } from '../../api/types.ts';
import type { PermissionGroup } from './permission-groups.ts';

interface Props {
  groups: PermissionGroup[];
  value?: string[];
  onChange?: (keys: string[]) => void;
}

export function AccessTag({ access }: { access: PermissionDef['access'] }) {
  const { t } = useTranslation();
  return <Tag color={access === 'write' ? 'orange' : 'default'} style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: '16px', padding: '0 4px' }}>{t(`roles.${access}`)}</Tag>;
}

/** Checkbox groups per area, each with a select-all, for the role editor (a form control). */
export function PermissionPicker({ groups, value = [], onChange }: Props) {
  const { t, i18n } = useTranslation();
  const chosen = new Set(value);
  const set = (keys: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    onChange?.([...next]);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      {groups.map((group) => {
        const keys = group.permissions.map((p) => p.key);
        const count = keys.filter((k) => chosen.has(k)).length;
        return (
          <div key={group.area} style={{ border: '1px solid #e8ebf1', borderRadius: 8, padding: '8px 12px' }}>
            <Checkbox
              checked={count === keys.length}
              indeterminate={count > 0 && count < keys.length}
              onChange={(e) => set(keys, e.target.checked)}
              style={{ fontWeight: 600, marginBottom: 6 }}
            >
              {t(`roles.areas.${group.area}`, { defaultValue: group.area })}
            </Checkbox>
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: '6px 16px', paddingLeft: 24 }}>
              {group.permissions.map((p) => (
                <Checkbox key={p.key} checked={chosen.has(p.key)} onChange={(e) => set([p.key], e.target.checked)}>
                  <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                    {i18n.language === 'en' ? p.en : p.zh}
                    <AccessTag access={p.access} />
                  </span>
                </Checkbox>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
