const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeZone: "Europe/Paris" });
const dayAndTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });

export const formatDate = (date: Date) => day.format(date);
export const formatDateTime = (date: Date) => dayAndTime.format(date);
export const personName = (person: { prenom: string; nom: string }) => `${person.prenom} ${person.nom}`;
