/** Today's date in France, "YYYY-MM-DD" (the default "Date de facture"). */
export const todayInFrance = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
