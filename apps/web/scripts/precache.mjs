// What the service worker precaches (issue 13, item 6): the shell and the pages a user opens
// with no network (the checklist and survey capture pages, plugin pages), each with the chunks
// it imports, not every chunk of the app. A first visit then downloads what offline work needs
// instead of all ~3 MB; any other page loads from the network when first opened, as usual.
// Used by vite.config.ts (workbox manifestTransforms) and by check-budget.mjs (its size).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Modules whose chunks (with their static imports) are precached. Keep in step with
 * src/app/routes.ts: a page that must open offline is listed here.
 */
export const OFFLINE_MODULES = [
  // The shell: signed-in root, layout, home, not-found, login (and its lazily loaded rule).
  'src/app/AntdRoot.tsx',
  'src/app/SignedInApp.tsx',
  'src/pages/dashboard/DashboardPage.tsx',
  'src/pages/forbidden/NotFoundPage.tsx',
  'src/pages/login/LoginPage.tsx',
  'src/pages/login/validate-login.ts',
  'src/i18n/zh-CN.ts',
  'src/i18n/en.ts',
  // 入户调查: the list and the fill page (src/offline queues what is submitted).
  'src/pages/surveys/SurveyListPage.tsx',
  'src/pages/surveys/SurveyFillPage.tsx',
  // 督查: the visit list, one visit, the phone checklist.
  'src/pages/inspections/VisitListPage.tsx',
  'src/pages/inspections/VisitDetailPage.tsx',
  'src/pages/inspections/ChecklistFillPage.tsx',
  // Plugin pages (each plugin's own chunk, ≤ 80 KB gz by the budget) and their host.
  'src/plugins/PluginPage.tsx',
];

/** The dist files (relative URLs) of the given manifest keys and everything they import statically. */
export function chunkClosure(manifest, keys) {
  const files = new Set();
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`precache: ${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
}

/** The manifest key of index.html's entry chunk. */
export const entryKey = (manifest) => Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));

/** The plugins' own lazily loaded modules (pages, widgets: keys under the repo's plugins/ folder). */
export const pluginModuleKeys = (manifest) => Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry && /^(\.\.\/)+plugins\//.test(k));

/** Every file the service worker should precache, as dist-relative URLs. */
export function precachedAssets(manifest) {
  return chunkClosure(manifest, [entryKey(manifest), ...OFFLINE_MODULES, ...pluginModuleKeys(manifest)]);
}
