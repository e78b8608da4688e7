import type { NormalizedItem } from '@duban/api/schemas';
import { Button, Checkbox, Input, InputNumber, Radio, Space } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readFileAsBase64 } from '../../api/files.ts';
import { SignaturePad } from '../../components/SignaturePad.tsx';
import { bi } from './types.ts';
import type { Position } from './use-position.ts';

export interface PhotoDraft {
  ref: string;
  fileName: string;
  contentType: string;
  base64: string;
  url: string;
}

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

interface Props {
  item: NormalizedItem;
  value: unknown;
  onChange: (value: unknown) => void;
  photos: PhotoDraft[];
  onPhotos: (photos: PhotoDraft[]) => void;
  position: Position | null;
  onLocate: () => void;
  onTooBig: (fileName: string) => void;
}

/** One checklist item's input, sized for a finger on a phone. */
export function ChecklistField({ item, value, onChange, photos, onPhotos, position, onLocate, onTooBig }: Props) {
  const { t, i18n } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const options = item.options.map((o) => ({ value: o.value, label: bi(o.label, i18n.language) }));
  const testId = `field-${item.key}`;

  switch (item.type) {
    case 'yesNo':
      return (
        <Radio.Group value={value} onChange={(e) => onChange(e.target.value)} optionType="button" buttonStyle="solid" size="large" data-testid={testId}
          options={[{ value: true, label: t('inspections.fill.yes') }, { value: false, label: t('inspections.fill.no') }]} />
      );
    case 'number':
      return <InputNumber size="large" value={value as number | null} onChange={(v) => onChange(v ?? undefined)} addonAfter={item.unit} inputMode="decimal" style={{ width: '100%' }} data-testid={testId} />;
    case 'choice':
      return <Radio.Group value={value} onChange={(e) => onChange(e.target.value)} options={options} className="fill-options" data-testid={testId} />;
    case 'multiChoice':
      return <Checkbox.Group value={(value as string[] | undefined) ?? []} onChange={(v) => onChange(v)} options={options} className="fill-options" data-testid={testId} />;
    case 'text':
      return <Input.TextArea value={value as string | undefined} onChange={(e) => onChange(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid={testId} />;
    case 'date':
      return <Input type="date" size="large" value={(value as string | undefined) ?? ''} onChange={(e) => onChange(e.target.value || undefined)} data-testid={testId} />;
    case 'gps': {
      const g = value as Position | undefined;
      return (
        <Space wrap data-testid={testId}>
          <Button onClick={() => (position ? onChange(position) : onLocate())}>{t('inspections.fill.useLocation')}</Button>
          <span className="mono">{g ? `${g.lat.toFixed(5)}, ${g.lng.toFixed(5)}` : t('inspections.fill.noLocation')}</span>
        </Space>
      );
    }
    case 'signature':
      return (
        <SignaturePad
          value={(value as string | null | undefined) ?? null} onChange={(png) => onChange(png ?? undefined)}
          label={t('inspections.fill.signHere')} clearLabel={t('inspections.fill.clear')} data-testid={`signature-${item.key}`}
        />
      );
    case 'photo': {
      const add = async (files: FileList | null) => {
        const added: PhotoDraft[] = [];
        for (const file of Array.from(files ?? [])) {
          // The original bytes travel unchanged: re-encoding would drop the EXIF time and place.
          if (file.size > MAX_PHOTO_BYTES) {
            onTooBig(file.name);
            continue;
          }
          added.push({ ref: `${item.key}-${crypto.getRandomValues(new Uint32Array(2)).join('')}`, fileName: file.name, contentType: file.type || 'image/jpeg', base64: await readFileAsBase64(file), url: URL.createObjectURL(file) });
        }
        onPhotos([...photos, ...added]);
        if (fileInput.current) fileInput.current.value = '';
      };
      return (
        <div data-testid={testId}>
          <div className="fill-photos">
            {photos.map((p) => (
              <div key={p.ref} className="fill-photo">
                <img src={p.url} alt={p.fileName} />
                <Button size="small" danger type="text" onClick={() => onPhotos(photos.filter((x) => x.ref !== p.ref))} aria-label={t('inspections.fill.removePhoto')}>×</Button>
              </div>
            ))}
          </div>
          <input ref={fileInput} type="file" accept="image/jpeg,image/png,image/webp" capture="environment" multiple hidden onChange={(e) => void add(e.target.files)} data-testid={`photo-input-${item.key}`} />
          <Button size="large" block onClick={() => fileInput.current?.click()}>{t('inspections.fill.takePhoto')}{item.minCount > 0 ? `(${t('inspections.fill.atLeast', { count: item.minCount })})` : ''}</Button>
        </div>
      );
    }
  }
}
