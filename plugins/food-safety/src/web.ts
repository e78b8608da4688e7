import { definePluginWeb } from '@duban/plugin-sdk/web';
import manifest from './manifest.ts';

export default definePluginWeb(manifest, {
  pages: [
    {
      path: '',
      title: { zh: '食品安全台账', en: 'Food safety register' },
      permission: 'food-safety.record.read',
      component: () => import('./web/RecordsPage.tsx'),
    },
  ],
  navigation: [{ key: 'records', label: { zh: '食品安全', en: 'Food safety' }, path: '', permission: 'food-safety.record.read', order: 50 }],
});
