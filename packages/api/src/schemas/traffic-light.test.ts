import { describe, expect, it } from 'vitest';
import { lightWindow, trafficLight } from './traffic-light.ts';

const now = new Date('2026-06-10T08:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);

describe('红黄绿灯', () => {
  it.each([
    [-0.01, 'red'],
    [0, 'yellow'],
    [3, 'yellow'],
    [3.01, 'green'],
  ])('%d days left → %s (yellow ≤ 3 days)', (days, light) => {
    expect(trafficLight({ status: 'rectifying', deadline: inDays(days) }, 3, now)).toBe(light);
  });

  it('follows the county window, shows submitted items green and closed ones without a light', () => {
    expect(trafficLight({ status: 'signed', deadline: inDays(5) }, 7, now)).toBe('yellow');
    expect(trafficLight({ status: 'submitted', deadline: inDays(-5) }, 3, now)).toBe('green');
    expect(trafficLight({ status: 'closed', deadline: inDays(-5) }, 3, now)).toBeNull();
  });

  it('gives the database filter the same windows', () => {
    for (const days of [-1, 0, 2, 3, 3.5, 10]) {
      const light = trafficLight({ status: 'rectifying', deadline: inDays(days) }, 3, now)!;
      const { from, to } = lightWindow(light, 3, now);
      const t = inDays(days).getTime();
      expect((!from || t >= from.getTime()) && (!to || t < to.getTime()), `${days} → ${light}`).toBe(true);
    }
  });
});
