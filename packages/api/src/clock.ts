import type { Context } from './context.ts';

/** The time a procedure acts at: Services.clock when a test injects one, else the system clock. */
export const nowOf = (ctx: Pick<Context, 'clock'>) => ctx.clock?.() ?? new Date();
