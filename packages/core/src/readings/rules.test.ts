import { describe, expect, it } from 'vitest';
import { readingState, scanReadingsCsv } from './rules.ts';

describe('scanReadingsCsv', () => {
  it('reads local and ISO times, skips the header, and names each bad line with its reason', () => {
    const { rows, problems } = scanReadingsCsv('时间,数值\n2026-06-01 08:00,12.5\n2026-06-01T09:00:00+08:00,3\n2026-13-01 08:00,1\n2026-06-01 10:00,abc\n2026-06-01 11:00,1,2\n\n', 'Asia/Shanghai');
    expect(rows.map((r) => [r.line, r.measuredAt.toISOString(), r.value])).toEqual([[2, '2026-06-01T00:00:00.000Z', 12.5], [3, '2026-06-01T01:00:00.000Z', 3]]);
    expect(problems.map((p) => [p.line, p.problem])).toEqual([[4, 'time'], [5, 'value'], [6, 'columns']]);
  });
});

describe('readingState', () => {
  it('is over at the threshold itself (what raises an alert), normal below, and says when it cannot tell', () => {
    expect(readingState(50, 50)).toBe('over');
    expect(readingState(49.9, 50)).toBe('normal');
    expect(readingState(80, null)).toBe('noThreshold');
    expect(readingState(null, 50)).toBe('noData');
  });
});
