import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';

/**
 * The kinds an item may have and the channels complaints come through, as the server registers
 * them (core's and installed plugins'), named in the user's language. Cached for the session.
 */
export function useTaskKinds() {
  const trpc = useTRPC();
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  const { data } = useQuery({ ...trpc.task.kinds.queryOptions(), staleTime: Infinity });
  const kinds = data?.kinds ?? [];
  const channels = data?.channels ?? [];
  const names = new Map(kinds.map((k) => [k.key, en ? k.name.en : k.name.zh]));
  return {
    kindOptions: kinds.map((k) => ({ value: k.key, label: en ? k.name.en : k.name.zh })),
    channelOptions: channels.map((c) => ({ value: c.key, label: en ? c.name.en : c.name.zh })),
    kindName: (key: string) => names.get(key) ?? key,
  };
}
