/**
 * Keyboard model of the scoring grid, kept free of React and the DOM so it can be tested on its
 * own. An assessor types a number and presses Enter, Tab or an arrow key; the grid decides where
 * the caret goes next. Enter follows the "entry direction" (down a column: one indicator for every
 * unit; or across a row: every indicator of one unit), Tab always reads left to right.
 */

export interface Cell {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Cells that cannot be typed into (read-only, not applicable) are skipped by every move. */
  editable?: (cell: Cell) => boolean;
}

export type EnterDirection = 'down' | 'right';

export type NavIntent = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'enterNext' | 'enterPrev' | 'nextMissing' | 'first' | 'last';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Where the text caret is inside the cell's input: left/right leave the cell only at its edges. */
export interface Caret {
  atStart: boolean;
  atEnd: boolean;
}

/** What a key press means in the grid; null leaves the key to the input (typing, editing). */
export function intentOf(key: KeyLike, caret: Caret = { atStart: true, atEnd: true }): NavIntent | null {
  const mod = !!(key.ctrlKey || key.metaKey);
  if (key.altKey) return null;
  switch (key.key) {
    case 'Tab':
      return key.shiftKey ? 'prev' : 'next';
    case 'Enter':
      if (mod) return 'nextMissing';
      return key.shiftKey ? 'enterPrev' : 'enterNext';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return mod || caret.atStart ? 'left' : null;
    case 'ArrowRight':
      return mod || caret.atEnd ? 'right' : null;
    case 'Home':
      return mod ? 'first' : null;
    case 'End':
      return mod ? 'last' : null;
    default:
      return null;
  }
}

const index = (cell: Cell, shape: GridShape, order: EnterDirection) => (order === 'right' ? cell.row * shape.cols + cell.col : cell.col * shape.rows + cell.row);
const cellAt = (i: number, shape: GridShape, order: EnterDirection): Cell =>
  order === 'right' ? { row: Math.floor(i / shape.cols), col: i % shape.cols } : { row: i % shape.rows, col: Math.floor(i / shape.rows) };
const canType = (shape: GridShape, cell: Cell) => shape.editable?.(cell) ?? true;

/** Walks the cells in `order` from `from` (exclusive) by `step`; the first editable one, or null. */
function walk(from: Cell, shape: GridShape, order: EnterDirection, step: 1 | -1, wrap = false): Cell | null {
  const total = shape.rows * shape.cols;
  let i = index(from, shape, order);
  for (let n = 0; n < total; n++) {
    i += step;
    if (i < 0 || i >= total) {
      if (!wrap) return null;
      i = (i + total) % total;
    }
    const cell = cellAt(i, shape, order);
    if (canType(shape, cell)) return cell;
  }
  return null;
}

/** Straight along a row or column, skipping cells that cannot be typed into; null at the edge. */
function straight(from: Cell, shape: GridShape, dRow: number, dCol: number): Cell | null {
  let cell = { row: from.row + dRow, col: from.col + dCol };
  while (cell.row >= 0 && cell.row < shape.rows && cell.col >= 0 && cell.col < shape.cols) {
    if (canType(shape, cell)) return cell;
    cell = { row: cell.row + dRow, col: cell.col + dCol };
  }
  return null;
}

export interface MoveOptions {
  enterDirection: EnterDirection;
  /** For nextMissing: whether a cell still lacks a score. */
  isMissing?: (cell: Cell) => boolean;
}

/**
 * The cell to focus after `intent`. `null` means "not handled here": Tab past the last cell (or
 * Shift+Tab before the first) leaves the grid the usual way, to the buttons after it. Arrow keys
 * at an edge and Enter on the last cell stay put (handled, so the page does not scroll).
 */
export function moveFrom(from: Cell, intent: NavIntent, shape: GridShape, options: MoveOptions): Cell | null {
  if (shape.rows === 0 || shape.cols === 0) return null;
  switch (intent) {
    case 'up':
      return straight(from, shape, -1, 0) ?? from;
    case 'down':
      return straight(from, shape, 1, 0) ?? from;
    case 'left':
      return straight(from, shape, 0, -1) ?? from;
    case 'right':
      return straight(from, shape, 0, 1) ?? from;
    case 'next':
      return walk(from, shape, 'right', 1);
    case 'prev':
      return walk(from, shape, 'right', -1);
    case 'enterNext':
      return walk(from, shape, options.enterDirection, 1) ?? from;
    case 'enterPrev':
      return walk(from, shape, options.enterDirection, -1) ?? from;
    case 'first':
      return canType(shape, { row: 0, col: 0 }) ? { row: 0, col: 0 } : walk({ row: 0, col: 0 }, shape, options.enterDirection, 1) ?? from;
    case 'last': {
      const last = { row: shape.rows - 1, col: shape.cols - 1 };
      return canType(shape, last) ? last : walk(last, shape, options.enterDirection, -1) ?? from;
    }
    case 'nextMissing': {
      const isMissing = options.isMissing;
      if (!isMissing) return from;
      return walk(from, { ...shape, editable: (c) => canType(shape, c) && isMissing(c) }, options.enterDirection, 1, true) ?? from;
    }
  }
}

/** The first cell that still lacks a score, in entry order (where the grid puts the caret when it opens). */
export function firstMissing(shape: GridShape, order: EnterDirection, isMissing: (cell: Cell) => boolean): Cell | null {
  const total = shape.rows * shape.cols;
  for (let i = 0; i < total; i++) {
    const cell = cellAt(i, shape, order);
    if (canType(shape, cell) && isMissing(cell)) return cell;
  }
  return null;
}

/** Filled cells against editable cells, for the progress bar. */
export function gridProgress(shape: GridShape, isMissing: (cell: Cell) => boolean): { filled: number; total: number; percent: number } {
  let total = 0;
  let filled = 0;
  for (let row = 0; row < shape.rows; row++) {
    for (let col = 0; col < shape.cols; col++) {
      const cell = { row, col };
      if (!canType(shape, cell)) continue;
      total++;
      if (!isMissing(cell)) filled++;
    }
  }
  return { filled, total, percent: total === 0 ? 100 : Math.floor((filled / total) * 100) };
}
