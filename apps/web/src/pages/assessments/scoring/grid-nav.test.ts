import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstMissing, gridProgress, intentOf, moveFrom, type Cell, type GridShape } from './grid-nav.ts';

const shape: GridShape = { rows: 3, cols: 4 };
const down = { enterDirection: 'down' as const };
const right = { enterDirection: 'right' as const };

describe('intentOf', () => {
  it('maps Tab, Enter and arrows', () => {
    expect(intentOf({ key: 'Tab' })).toBe('next');
    expect(intentOf({ key: 'Tab', shiftKey: true })).toBe('prev');
    expect(intentOf({ key: 'Enter' })).toBe('enterNext');
    expect(intentOf({ key: 'Enter', shiftKey: true })).toBe('enterPrev');
    expect(intentOf({ key: 'Enter', ctrlKey: true })).toBe('nextMissing');
    expect(intentOf({ key: 'ArrowUp' })).toBe('up');
    expect(intentOf({ key: 'ArrowDown' })).toBe('down');
    expect(intentOf({ key: 'Home', ctrlKey: true })).toBe('first');
    expect(intentOf({ key: 'End', metaKey: true })).toBe('last');
  });

  it('leaves typing and caret moves inside the number to the input', () => {
    expect(intentOf({ key: '8' })).toBeNull();
    expect(intentOf({ key: 'Backspace' })).toBeNull();
    expect(intentOf({ key: 'Home' })).toBeNull();
    expect(intentOf({ key: 'ArrowLeft' }, { atStart: false, atEnd: true })).toBeNull();
    expect(intentOf({ key: 'ArrowRight' }, { atStart: true, atEnd: false })).toBeNull();
    expect(intentOf({ key: 'ArrowLeft' }, { atStart: true, atEnd: false })).toBe('left');
    expect(intentOf({ key: 'ArrowRight' }, { atStart: false, atEnd: true })).toBe('right');
    expect(intentOf({ key: 'ArrowRight', ctrlKey: true }, { atStart: true, atEnd: false })).toBe('right');
    expect(intentOf({ key: 'Tab', altKey: true })).toBeNull();
  });
});

describe('moveFrom', () => {
  it('moves with the arrows and stays at the edges', () => {
    expect(moveFrom({ row: 1, col: 1 }, 'up', shape, down)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 0, col: 1 }, 'up', shape, down)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 2, col: 3 }, 'down', shape, down)).toEqual({ row: 2, col: 3 });
    expect(moveFrom({ row: 2, col: 3 }, 'right', shape, down)).toEqual({ row: 2, col: 3 });
    expect(moveFrom({ row: 2, col: 0 }, 'left', shape, down)).toEqual({ row: 2, col: 0 });
  });

  it('Tab reads across rows and leaves the grid after the last cell', () => {
    expect(moveFrom({ row: 0, col: 3 }, 'next', shape, down)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 1, col: 0 }, 'prev', shape, down)).toEqual({ row: 0, col: 3 });
    expect(moveFrom({ row: 2, col: 3 }, 'next', shape, down)).toBeNull();
    expect(moveFrom({ row: 0, col: 0 }, 'prev', shape, down)).toBeNull();
  });

  it('Enter follows the entry direction and stays on the last cell', () => {
    expect(moveFrom({ row: 0, col: 0 }, 'enterNext', shape, down)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 2, col: 0 }, 'enterNext', shape, down)).toEqual({ row: 0, col: 1 });
    expect(moveFrom({ row: 0, col: 1 }, 'enterPrev', shape, down)).toEqual({ row: 2, col: 0 });
    expect(moveFrom({ row: 0, col: 3 }, 'enterNext', shape, right)).toEqual({ row: 1, col: 0 });
    expect(moveFrom({ row: 2, col: 3 }, 'enterNext', shape, down)).toEqual({ row: 2, col: 3 });
  });

  it('skips cells that cannot be typed into', () => {
    const holes: GridShape = { ...shape, editable: (c) => !(c.col === 1) && !(c.row === 1 && c.col === 0) };
    expect(moveFrom({ row: 0, col: 0 }, 'right', holes, down)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 0, col: 0 }, 'down', holes, down)).toEqual({ row: 2, col: 0 });
    expect(moveFrom({ row: 0, col: 0 }, 'enterNext', holes, down)).toEqual({ row: 2, col: 0 });
    expect(moveFrom({ row: 2, col: 0 }, 'enterNext', holes, down)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 0, col: 0 }, 'next', holes, down)).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 1, col: 2 }, 'left', holes, down)).toEqual({ row: 1, col: 2 });
  });

  it('jumps to the next missing cell, wrapping around', () => {
    const missing = new Set(['0:2', '2:0']);
    const isMissing = (c: Cell) => missing.has(`${c.row}:${c.col}`);
    expect(moveFrom({ row: 1, col: 1 }, 'nextMissing', shape, { ...down, isMissing })).toEqual({ row: 0, col: 2 });
    expect(moveFrom({ row: 1, col: 2 }, 'nextMissing', shape, { ...down, isMissing })).toEqual({ row: 2, col: 0 });
    expect(moveFrom({ row: 1, col: 2 }, 'nextMissing', shape, { ...down, isMissing: () => false })).toEqual({ row: 1, col: 2 });
  });

  it('first and last', () => {
    expect(moveFrom({ row: 1, col: 1 }, 'first', shape, down)).toEqual({ row: 0, col: 0 });
    expect(moveFrom({ row: 1, col: 1 }, 'last', shape, down)).toEqual({ row: 2, col: 3 });
  });

  it('an empty grid handles nothing', () => {
    expect(moveFrom({ row: 0, col: 0 }, 'next', { rows: 0, cols: 3 }, down)).toBeNull();
  });

  it('Tab from the first cell visits every editable cell exactly once, in reading order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.func(fc.boolean()), (rows, cols, pick) => {
        const editable = (c: Cell) => c.row + c.col === 0 || pick(c.row * 10 + c.col);
        const grid: GridShape = { rows, cols, editable };
        const seen: string[] = [];
        let cell: Cell | null = { row: 0, col: 0 };
        while (cell) {
          seen.push(`${cell.row}:${cell.col}`);
          cell = moveFrom(cell, 'next', grid, down);
        }
        const expected: string[] = [];
        for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (editable({ row: r, col: c })) expected.push(`${r}:${c}`);
        expect(seen).toEqual(expected);
      }),
    );
  });

  it('every move lands on an editable cell inside the grid', () => {
    const intents = ['up', 'down', 'left', 'right', 'next', 'prev', 'enterNext', 'enterPrev', 'first', 'last', 'nextMissing'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.constantFrom(...intents), { maxLength: 30 }), fc.constantFrom('down' as const, 'right' as const), (rows, cols, moves, enterDirection) => {
        const editable = (c: Cell) => (c.row * 7 + c.col * 3) % 4 !== 1 || (c.row === 0 && c.col === 0);
        const grid: GridShape = { rows, cols, editable };
        let cell: Cell = { row: 0, col: 0 };
        for (const intent of moves) {
          const next = moveFrom(cell, intent, grid, { enterDirection, isMissing: (c) => (c.row + c.col) % 2 === 0 });
          if (!next) continue;
          expect(next.row).toBeGreaterThanOrEqual(0);
          expect(next.row).toBeLessThan(rows);
          expect(next.col).toBeGreaterThanOrEqual(0);
          expect(next.col).toBeLessThan(cols);
          expect(editable(next)).toBe(true);
          cell = next;
        }
      }),
    );
  });
});

describe('progress and the first missing cell', () => {
  it('counts editable cells only', () => {
    const grid: GridShape = { rows: 2, cols: 3, editable: (c) => c.col !== 2 };
    const filled = new Set(['0:0', '1:1', '0:2']);
    const isMissing = (c: Cell) => !filled.has(`${c.row}:${c.col}`);
    expect(gridProgress(grid, isMissing)).toEqual({ filled: 2, total: 4, percent: 50 });
    expect(firstMissing(grid, 'down', isMissing)).toEqual({ row: 1, col: 0 });
    expect(firstMissing(grid, 'right', isMissing)).toEqual({ row: 0, col: 1 });
    expect(firstMissing(grid, 'down', () => false)).toBeNull();
  });

  it('an empty grid is complete', () => {
    expect(gridProgress({ rows: 0, cols: 0 }, () => true)).toEqual({ filled: 0, total: 0, percent: 100 });
  });
});
