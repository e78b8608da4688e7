import { describe, expect, it } from 'vitest';
import { compareGroupNames, ordinalOf } from '../src/routers/inspections/group-order.ts';

describe('督查组 order', () => {
  it('reads Chinese and Arabic ordinals', () => {
    expect(['第一组', '第二组', '第十组', '第十二组', '第二十组', '第3组'].map(ordinalOf)).toEqual([1, 2, 10, 12, 20, 3]);
  });
  it('orders 第一、第二、第三 … 第十二, not as text', () => {
    const names = ['第一督查组', '第三督查组', '第二督查组', '第十二督查组', '第五督查组', '专项组', '第六督查组', '第四督查组'];
    expect([...names].sort(compareGroupNames)).toEqual(['第一督查组', '第二督查组', '第三督查组', '第四督查组', '第五督查组', '第六督查组', '第十二督查组', '专项组']);
  });
});
