import { useSyncExternalStore } from 'react';

type Bilingual = { zh: string; en: string };

// The shell keeps <html lang> in step with its language switch; plugin pages follow it, so a
// plugin needs no i18n setup of its own for its bilingual labels.
const subscribe = (onChange: () => void) => {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
};
const snapshot = () => (document.documentElement.lang.startsWith('en') ? 'en' : 'zh');

/** `const tr = useBilingual(); tr({ zh: '库塘台账', en: 'Reservoirs' })` */
export function useBilingual() {
  const lang = useSyncExternalStore(subscribe, snapshot, () => 'zh');
  return (text: Bilingual) => (lang === 'en' ? text.en : text.zh);
}
