import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the API gives in both languages ({ zh, en }: metric sources, templates) in the user's. */
export function useBilingual() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return useCallback((name: { zh: string; en: string } | null | undefined) => (name ? (en ? name.en : name.zh) : ''), [en]);
}
