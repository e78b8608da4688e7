import { definePluginWeb } from '@duban/plugin-sdk/web';
import manifest from './manifest.ts';

export default definePluginWeb(manifest, {
  pages: [{ path: '', title: { zh: '食品安全', en: 'Food safety' }, permission: 'food-safety.incident.read', component: () => import('./web/FoodSafetyPage.tsx') }],
  navigation: [{ key: 'food-safety', label: { zh: '食品安全', en: 'Food safety' }, path: '', permission: 'food-safety.incident.read', order: 20 }],
  widgets: [{ key: 'overview', title: { zh: '食品安全 · 本年度', en: 'Food safety · this year' }, permission: 'food-safety.incident.read', component: () => import('./web/FoodSafetyWidget.tsx') }],
});
