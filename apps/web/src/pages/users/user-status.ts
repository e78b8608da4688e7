import type { UserRow } from '../../api/types.ts';

export type UserStatus = 'active' | 'disabled' | 'locked';

/** 停用 wins over 锁定: a disabled account stays disabled when its lock runs out. */
export function userStatus(user: Pick<UserRow, 'disabledAt' | 'lockedUntil'>, now = Date.now()): UserStatus {
  if (user.disabledAt) return 'disabled';
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > now) return 'locked';
  return 'active';
}
