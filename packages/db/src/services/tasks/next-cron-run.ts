/**
 * When a crontab line fires next, by graphile-worker's own matcher (cron runs in UTC): minute by
 * minute from the next minute, for at most a year.
 */
export async function nextCronRun(crontab: string, task: string, from: Date = new Date()): Promise<Date | null> {
  // Loaded when System > Tasks is first read: the API has no other use for graphile-worker.
  const { parseCrontab } = await import("graphile-worker");
  const item = parseCrontab(`${crontab} ${task}`)[0];
  if (!item) return null;
  const time = new Date(from);
  time.setUTCSeconds(0, 0);
  for (let minute = 0; minute < 366 * 24 * 60; minute++) {
    time.setUTCMinutes(time.getUTCMinutes() + 1);
    const digest = { min: time.getUTCMinutes(), hour: time.getUTCHours(), date: time.getUTCDate(), month: time.getUTCMonth() + 1, dow: time.getUTCDay() };
    if (item.match(digest)) return new Date(time);
  }
  return null;
}
