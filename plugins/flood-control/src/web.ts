import { definePluginWeb } from '@duban/plugin-sdk/web';
import manifest from './manifest.ts';

export default definePluginWeb(manifest, {
  pages: [
    {
      path: '',
      title: { zh: '库塘台账', en: 'Reservoir register' },
      permission: 'flood-control.reservoir.read',
      component: () => import('./web/ReservoirsPage.tsx'),
    },
  ],
  widgets: [
    {
      key: 'overview',
      title: { zh: '防汛抗旱 · 库塘概况', en: 'Flood control · reservoirs' },
      permission: 'flood-control.reservoir.read',
      component: () => import('./web/ReservoirWidget.tsx'),
    },
  ],
  navigation: [{ key: 'reservoirs', label: { zh: '防汛抗旱', en: 'Flood control' }, path: '', permission: 'flood-control.reservoir.read', order: 10 }],
});
