import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../api/trpc.ts';
import { IconPlugin } from '../app/icons.tsx';
import { registerNavigation, unregisterNavigation } from '../app/navigation.ts';
import { loadWebPlugin, pluginPagePath } from './plugin-host.ts';

/**
 * Puts the navigation entries of the plugins enabled for the signed-in user into the side menu
 * (and takes out those of anyone signed in before). Renders nothing.
 */
export function PluginNavigationSync() {
  const trpc = useTRPC();
  const mine = useQuery({ ...trpc.plugin.mine.queryOptions(), staleTime: 60_000 });
  useEffect(() => {
    if (!mine.data) return;
    let cancelled = false;
    void Promise.all(mine.data.map((p) => loadWebPlugin(p.pluginId)).filter((p) => p !== null)).then((plugins) => {
      if (cancelled) return;
      unregisterNavigation((e) => e.key.startsWith('plugin:'));
      registerNavigation(
        ...plugins.flatMap((plugin) =>
          plugin.navigation.map((n) => ({
            key: `plugin:${plugin.manifest.id}:${n.key}`,
            path: pluginPagePath(plugin.manifest.id, n.path),
            label: n.label,
            icon: IconPlugin,
            permission: n.permission,
            order: 40 + (n.order ?? 0) / 100,
          })),
        ),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [mine.data]);
  return null;
}
