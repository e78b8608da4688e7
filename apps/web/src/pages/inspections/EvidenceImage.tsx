import { useQuery } from '@tanstack/react-query';
import { Image, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { formatDateTime } from '../tasks/deadline.tsx';
import type { RecordView } from './types.ts';

type RecordFile = RecordView['files'][number];

/**
 * One photo or signature of a record with what the evidence says about itself: the SHA-256 it
 * is stored under, and for photos the EXIF time and place (absent when the camera wrote none).
 */
export function EvidenceImage({ recordId, file }: { recordId: string; file: RecordFile }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const data = useQuery({ ...trpc.inspection.recordFile.queryOptions({ recordId, fileId: file.id }), staleTime: Infinity });
  const src = data.data ? `data:${data.data.contentType};base64,${data.data.base64}` : undefined;
  const isPhoto = file.kind === 'photo';
  return (
    <figure className="evidence-figure" data-testid={isPhoto ? 'evidence-photo' : 'evidence-signature'}>
      {src ? <Image src={src} alt={file.fileName} width={isPhoto ? 160 : 200} className={isPhoto ? undefined : 'evidence-signature'} /> : <Skeleton.Image active />}
      <figcaption>
        {isPhoto && (
          <>
            <div data-testid="evidence-exif-time">{t('inspections.evidence.takenAt')}:{file.exifTakenAt ? formatDateTime(file.exifTakenAt) : t('inspections.evidence.noExif')}</div>
            <div data-testid="evidence-exif-gps">
              {t('inspections.evidence.gps')}:{file.exifLatitude !== null && file.exifLongitude !== null ? `${file.exifLatitude.toFixed(5)}, ${file.exifLongitude.toFixed(5)}` : t('inspections.evidence.noExif')}
            </div>
          </>
        )}
        <Typography.Text className="mono evidence-hash" copyable={{ text: file.sha256 }} data-testid="evidence-hash">
          SHA-256 {file.sha256.slice(0, 16)}…
        </Typography.Text>
      </figcaption>
    </figure>
  );
}
