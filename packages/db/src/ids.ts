import { randomUUID } from 'node:crypto';

/** Record ids: random UUIDs, globally unique so a record can be found by id alone. */
export const newId = () => randomUUID();
