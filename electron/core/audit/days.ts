// Calendar days of the practice's time zone as UTC instants, for the audit log's date filter: a day runs from
// its local midnight to the next (23 or 25 hours across a daylight-saving change).

/** The zone's offset from UTC at `ms`, in milliseconds (local wall time minus UTC). */
const offsetAt = (ms: number, timeZone: string): number => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(ms / 1000) * 1000;
};

/** The instant local midnight of `date` (YYYY-MM-DD) begins in `timeZone`, as ISO-8601 UTC. */
export const dayStart = (date: string, timeZone: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  // Two passes: the offset at the first guess may differ from the one at midnight itself (a DST change that day).
  let ms = wall - offsetAt(wall, timeZone);
  ms = wall - offsetAt(ms, timeZone);
  return new Date(ms).toISOString();
};

/** The day after `date`. */
export const nextDay = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
};

/** An instant as the practice's local wall time, `YYYY-MM-DD HH:mm:ss`, for files read in a spreadsheet. */
export const localDateTime = (instant: string, timeZone: string): string => {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  return new Date(ms + offsetAt(ms, timeZone)).toISOString().slice(0, 19).replace('T', ' ');
};
