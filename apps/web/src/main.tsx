import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { setupI18n } from './i18n/setup.ts';
import { registerOfflineSupport } from './offline/register-sw.ts';

// Language first: the first paint is already in the user's language (no flash of Chinese for an
// English user), and the English dictionary is fetched only for them.
await setupI18n();
// Service worker (offline pages) and the replay of submissions queued offline.
registerOfflineSupport();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
