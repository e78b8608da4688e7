/** Which greeting fits the hour (local time): morning until 11:59, afternoon until 17:59. */
export function greetingKey(now: Date): 'dashboard.morning' | 'dashboard.afternoon' | 'dashboard.evening' {
  const hour = now.getHours();
  if (hour < 12) return 'dashboard.morning';
  if (hour < 18) return 'dashboard.afternoon';
  return 'dashboard.evening';
}
