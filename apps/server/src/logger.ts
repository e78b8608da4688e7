import pino from 'pino';

/** Structured JSON logs (pino): fast, and what log collectors expect. */
export const createLogger = (level: string) => pino({ level, base: { service: 'duban' }, timestamp: pino.stdTimeFunctions.isoTime });
