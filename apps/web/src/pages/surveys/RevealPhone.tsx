import { useMutation } from '@tanstack/react-query';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';

/**
 * A masked number (138****5678) with, for those who may, a button that shows the full number —
 * a mutation on the server, so every reveal is in the audit log.
 */
export function RevealPhone({ surveyId, masked, canReveal }: { surveyId: string; masked: string; canReveal: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const [phone, setPhone] = useState<string | null>(null);
  const reveal = useMutation(trpc.survey.revealPhone.mutationOptions({ onSuccess: (r) => setPhone(r.phone), onError: (e) => message.error(errorMessage(e, t)) }));
  if (phone) return <a href={`tel:${phone}`} className="mono" data-testid="phone-revealed">{phone}</a>;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <span className="mono" data-testid="phone-masked">{masked}</span>
      {canReveal && (
        <Tooltip title={t('surveys.list.revealHint')}>
          <Button size="small" type="link" loading={reveal.isPending} onClick={() => reveal.mutate({ surveyId })} data-testid="phone-reveal">{t('surveys.list.reveal')}</Button>
        </Tooltip>
      )}
    </span>
  );
}
