import type { UserRow } from '../../api/types.ts';

export type UserStatus = 'active' | 'disabled' | 'locked' | 'initialPassword';

/**
 * 停用 wins over 锁定: a disabled account stays disabled when its lock runs out. 待改密: the
 * initial password an administrator set has not been replaced yet (F15).
 */
export function userStatus(user: Pick<UserRow, 'disabledAt' | 'lockedUntil' | 'mustChangePassword'>, now = Date.now()): UserStatus {
  if (user.disabledAt) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) return 'locked';
  if (user.mustChangePassword) return 'initialPassword';
  return 'active';
}
