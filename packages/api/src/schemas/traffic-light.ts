// 红黄绿灯: one rule for the server's filters and counts and the web's tags (browser-safe).

export type TrafficLight = 'red' | 'yellow' | 'green';
export const trafficLights: readonly TrafficLight[] = ['red', 'yellow', 'green'];

/**
 * Statuses whose deadline runs for the responsible unit (including 退回, awaiting re-assignment,
 * and 长期跟踪, whose deadline is the next report date). Submitted items wait on the supervisor
 * and show green; closed items have no light.
 */
export const lightStatuses = ['handed_over', 'signed', 'rectifying', 'returned', 'tracking'] as const;
export const defaultYellowDays = 3;

const DAY = 86_400_000;

/** Red past the deadline, yellow within `yellowDays` of it, green otherwise; null once closed. */
export function trafficLight(task: { status: string; deadline: Date | string }, yellowDays: number, now: Date = new Date()): TrafficLight | null {
  if (task.status === 'submitted') return 'green';
  if (!(lightStatuses as readonly string[]).includes(task.status)) return null;
  const left = new Date(task.deadline).getTime() - now.getTime();
  if (left < 0) return 'red';
  return left <= yellowDays * DAY ? 'yellow' : 'green';
}

/** The deadline window of a light among the running statuses, for a database filter (half-open [from, to)). */
export function lightWindow(light: TrafficLight, yellowDays: number, now: Date = new Date()): { from?: Date; to?: Date } {
  const edge = new Date(now.getTime() + yellowDays * DAY);
  if (light === 'red') return { to: now };
  if (light === 'yellow') return { from: now, to: new Date(edge.getTime() + 1) };
  return { from: new Date(edge.getTime() + 1) };
}
