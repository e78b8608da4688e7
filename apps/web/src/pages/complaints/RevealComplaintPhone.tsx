import { useMutation } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';

/** 138****5678 and, for the office, a button that shows the full number (an audited mutation). */
export function RevealComplaintPhone({ complaintId, masked, canReveal }: { complaintId: string; masked: string | null; canReveal: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [phone, setPhone] = useState<string | null>(null);
  const reveal = useMutation(trpc.complaint.revealPhone.mutationOptions({ onSuccess: (r) => setPhone(r.phone), onError: (e) => message.error(errorMessage(e, t)) }));
  if (!masked) return <span className="muted">{t('complaints.noPhone')}</span>;
  if (phone) return <a href={`tel:${phone}`} className="mono" data-testid="phone-revealed">{phone}</a>;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span className="mono" data-testid="phone-masked">{masked}</span>
      {canReveal && (
        <Tooltip title={t('complaints.revealHint')}>
          <Button size="small" type="link" loading={reveal.isPending} onClick={() => reveal.mutate({ complaintId })} data-testid="phone-reveal">{t('complaints.reveal')}</Button>
        </Tooltip>
      )}
    </span>
  );
}
