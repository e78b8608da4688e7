import { describe, expect, it } from 'vitest';
import { DenialSampler } from './denial-sampler.ts';

describe('denial sampler (F13)', () => {
  it('writes the first denial of a window, counts the rest, and writes the count when the window ends', async () => {
    let now = 0;
    const sampler = new DenialSampler({ windowMs: 60_000, maxKeys: 100 }, () => now);
    const summaries: number[] = [];
    const write = async (n: number) => void summaries.push(n);
    expect(sampler.admit('u1:task.get', write)).toBe(true);
    for (let i = 0; i < 951; i++) expect(sampler.admit('u1:task.get', write)).toBe(false);
    // Another actor, or another procedure, has its own window.
    expect(sampler.admit('u2:task.get', write)).toBe(true);
    expect(sampler.admit('u1:task.list', write)).toBe(true);
    now = 59_999;
    await sampler.sweep();
    expect(summaries).toEqual([]);
    now = 60_000;
    await sampler.sweep();
    expect(summaries).toEqual([951]);
    // The next denial after the window is written again.
    expect(sampler.admit('u1:task.get', write)).toBe(true);
  });

  it('writes a window out when a new one starts before the sweep, and at shutdown', async () => {
    let now = 0;
    const sampler = new DenialSampler({ windowMs: 1_000, maxKeys: 100 }, () => now);
    const summaries: number[] = [];
    const write = async (n: number) => void summaries.push(n);
    sampler.admit('k', write);
    sampler.admit('k', write);
    now = 1_000;
    expect(sampler.admit('k', write)).toBe(true);
    expect(summaries).toEqual([1]);
    sampler.admit('k', write);
    sampler.admit('k', write);
    await sampler.sweep(true);
    expect(summaries).toEqual([1, 2]);
  });

  it('holds a bounded number of windows, writing the oldest out early', async () => {
    const sampler = new DenialSampler({ windowMs: 60_000, maxKeys: 2 }, () => 0);
    const summaries: string[] = [];
    const writer = (key: string) => async (n: number) => void summaries.push(`${key}:${n}`);
    sampler.admit('a', writer('a'));
    sampler.admit('a', writer('a'));
    sampler.admit('b', writer('b'));
    sampler.admit('c', writer('c'));
    expect(summaries).toEqual(['a:1']);
  });
});
