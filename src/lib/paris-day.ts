// The day boundaries of a search by date, in Paris time (the portal's dates are French). Pure.
const offsetName = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" });

/** Minutes east of UTC in Paris at that moment ("GMT+02:00" → 120). */
function parisOffsetMinutes(at: Date): number {
  const name = offsetName.formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? "";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * "2026-11-23" → the instant the day starts in Paris (22:00 or 23:00 UTC the day before). The clocks change at
 * 01:00 UTC, so the offset at that day's 00:00 UTC is the one of its Paris midnight.
 */
export function parisDayStart(isoDay: string): Date {
  const utcMidnight = new Date(`${isoDay}T00:00:00Z`);
  return new Date(utcMidnight.getTime() - parisOffsetMinutes(utcMidnight) * 60_000);
}

/** The start of the next day in Paris: the exclusive end of a search "au <day>". */
export function parisDayEnd(isoDay: string): Date {
  const next = new Date(`${isoDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return parisDayStart(next.toISOString().slice(0, 10));
}
