// Calendar dates in a county's time zone, turned into instants and back, with Intl only (no
// dependency, browser-safe). A "civil day" is a date as a number of milliseconds at UTC midnight,
// so date arithmetic (next day, first of the month) is plain UTC arithmetic on it.

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far the zone's clock is ahead of UTC at the instant, in milliseconds. */
function offsetAt(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant the zone's clocks read 00:00 on the civil day. */
export function zonedMidnight(civilDay: number, timeZone: string): Date {
  const first = civilDay - offsetAt(timeZone, civilDay);
  return new Date(civilDay - offsetAt(timeZone, first));
}

/** The civil day the instant falls on in the zone. */
export function civilDayOf(instant: Date, timeZone: string): number {
  const shifted = instant.getTime() + offsetAt(timeZone, instant.getTime());
  return Math.floor(shifted / DAY) * DAY;
}

export const civil = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);
export const addDays = (civilDay: number, days: number) => civilDay + days * DAY;
export const isoDate = (civilDay: number) => new Date(civilDay).toISOString().slice(0, 10);
export const monthDay = (civilDay: number) => isoDate(civilDay).slice(5);
