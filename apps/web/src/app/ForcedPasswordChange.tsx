import { ChangePasswordModal } from './layout/ChangePasswordModal.tsx';
import { useLogout } from './layout/use-logout.ts';

/**
 * Shown instead of the app while the account still has a password someone else chose (F15):
 * the server refuses everything but changing it or signing out, so those are the two ways on.
 */
export function ForcedPasswordChange({ onChanged }: { onChanged: () => void }) {
  const logout = useLogout();
  return <ChangePasswordModal open forced={{ onLogout: () => logout.mutate() }} onClose={onChanged} />;
}
