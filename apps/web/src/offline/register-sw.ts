/// <reference types="vite-plugin-pwa/vanillajs" />
import i18n from 'i18next';
import { registerSW } from 'virtual:pwa-register';
import { startOfflineSync } from './sync.ts';
import './offline.css';

/**
 * Registers the service worker (built by vite-plugin-pwa, see vite.config.ts) and starts the
 * offline queue's replays. A new version waits until the user chooses to reload: swapping the
 * code under a half-filled survey would lose it, while the old worker keeps serving the old,
 * complete set of files (so lazy pages still load) until then.
 */
export function registerOfflineSupport() {
  startOfflineSync();
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => showUpdateBar(() => void update(true)),
    onRegisterError: (error: unknown) => console.warn('service worker registration failed', error),
  });
}

function showUpdateBar(reload: () => void) {
  if (document.querySelector('.sw-update')) return;
  const bar = document.createElement('div');
  bar.className = 'sw-update';
  bar.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = i18n.t('offline.updateReady');
  const now = document.createElement('button');
  now.className = 'primary';
  now.textContent = i18n.t('offline.reload');
  now.onclick = reload;
  const later = document.createElement('button');
  later.className = 'secondary';
  later.textContent = i18n.t('offline.later');
  later.onclick = () => bar.remove();
  bar.append(text, now, later);
  document.body.append(bar);
}
