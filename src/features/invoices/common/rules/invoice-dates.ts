// Dates of the invoice pages, as the portal prints them (French, Paris time). Pure: no I/O.
const day = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Europe/Paris" });
const dayAndTime = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

/** "23/11/2026" for a moment (dépôt, changement d'état). */
export const formatDay = (date: Date | null | undefined) => (date ? day.format(date) : "");
/** "23/11/2026 18:05" for a line of the history. */
export const formatDayAndTime = (date: Date) => dayAndTime.format(date);
