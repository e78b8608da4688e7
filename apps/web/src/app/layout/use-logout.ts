import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/errors.ts';
import { useTRPC } from '../../api/trpc.ts';

/** Signing out: from the user menu and from the forced password change alike. */
export function useLogout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async (_data, error) => {
        if (error) message.error(errorMessage(error, t));
        else message.success(t('layout.loggedOut'));
        // Nothing of this user may stay in memory for the next one at this desk.
        queryClient.clear();
        await navigate('/login', { replace: true });
      },
    }),
  );
}
