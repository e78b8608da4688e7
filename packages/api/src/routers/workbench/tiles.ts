import type { Prisma } from '@duban/db';
import type { z } from 'zod';
import type { taskFilterInput } from '../../schemas/index.ts';
import { taskListWhere } from '../tasks/task-visibility.ts';

type Tx = Prisma.TransactionClient;
export type TaskFilter = z.infer<typeof taskFilterInput>;
/** red: act now; yellow: soon; green: on track or nothing waiting. */
export type Light = 'red' | 'yellow' | 'green';

export interface TileSpec {
  key: string;
  filter: TaskFilter;
  /** The light when the count is not zero (zero is always green). */
  light: Light;
}

export interface Tile extends TileSpec {
  count: number;
}

/**
 * Counts each tile with the task list's own filter (taskListWhere), so the number on the 工作台
 * is exactly what the list shows when the tile is clicked: one count per tile, none per unit.
 */
export async function countTiles(db: Tx, countyId: string, roots: string[], specs: TileSpec[], now = new Date()): Promise<Tile[]> {
  const counts = await Promise.all(specs.map((s) => db.task.count({ where: taskListWhere(countyId, roots, s.filter, now) })));
  return specs.map((s, i) => ({ ...s, count: counts[i]!, light: counts[i] ? s.light : 'green' }));
}
