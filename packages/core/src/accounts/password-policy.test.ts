import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('password policy (F15)', () => {
  it('refuses what breached-password lists are full of, with the reason', () => {
    expect(passwordProblem('password1')?.reason).toBe('short');
    expect(passwordProblem('Duban2026')?.reason).toBe('short');
    expect(passwordProblem('abcdefghijklm')?.reason).toBe('letterDigit');
    expect(passwordProblem('123456789012345')?.reason).toBe('letterDigit');
    for (const common of ['Password2026!', 'qwerty2026abc', 'Admin-2026-x1', 'xy123456789z', 'aaaaaaaa1111', 'Woaini-2026-1']) {
      expect(passwordProblem(common)?.reason, common).toBe('common');
    }
    expect(passwordProblem('zhangsan-2026x', 'zhangsan')?.reason).toBe('containsName');
  });

  it('accepts a long password of ordinary words and digits, in any script', () => {
    expect(passwordProblem('Harbour-lights-2026')).toBeNull();
    expect(passwordProblem('青龙镇防汛值班2026年')).toBeNull();
    expect(passwordProblem('zhangsan-2026x', 'lisi')).toBeNull();
  });
});
