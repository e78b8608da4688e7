// Browser-safe rules of reporting duties (`@duban/core/duties/rules`): the periods a duty owes,
// a report's status and light, and the reporting rates — the calendar shows what the server counts.
export * from './periods.ts';
export * from './status.ts';
export { civilDayOf, zonedMidnight } from './zoned-time.ts';
