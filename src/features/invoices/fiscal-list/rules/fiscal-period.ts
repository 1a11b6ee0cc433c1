// The period of a « Liste fiscale » as days in Paris time (first and last, both included), its French wording, and the
// criteria back and forth as GET parameters (the page's links, the exports'). Pure.
import { formatDay } from "@/features/invoices/common/ui.ts";
import type { FiscalListCriteria } from "../schemas.ts";

export type FiscalPeriod = { from: string; to: string; label: string };

const pad = (value: number) => String(value).padStart(2, "0");
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const dayFr = (isoDay: string) => isoDay.split("-").reverse().join("/");

/** The first and last days of the period the criteria name (already checked by the schema). */
export function periodOf(criteria: Pick<FiscalListCriteria, "periode" | "annee" | "mois" | "trimestre" | "du" | "au">): FiscalPeriod {
  const year = criteria.annee ?? 0;
  switch (criteria.periode) {
    case "mois": {
      const month = criteria.mois ?? 1;
      return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`, label: `${MONTHS[month - 1]} ${year}` };
    }
    case "trimestre": {
      const quarter = criteria.trimestre ?? 1;
      const last = quarter * 3;
      return { from: `${year}-${pad(last - 2)}-01`, to: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`, label: `${quarter === 1 ? "1er" : `${quarter}e`} trimestre ${year}` };
    }
    case "annee":
      return { from: `${year}-01-01`, to: `${year}-12-31`, label: `année ${year}` };
    case "dates":
      return { from: criteria.du!, to: criteria.au!, label: `du ${dayFr(criteria.du!)} au ${dayFr(criteria.au!)}` };
  }
}

/** "Période du 01/10/2026 au 31/12/2026 (4e trimestre 2026)": the period as the exports head it. */
export const periodSentence = (period: FiscalPeriod) =>
  period.label.startsWith("du ") ? `Période ${period.label}` : `Période du ${dayFr(period.from)} au ${dayFr(period.to)} (${period.label})`;

/** The criteria of a page's searchParams: the first value of each parameter. */
export function fiscalCriteriaFromSearchParams(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((key) => [key, params.get(key)] as const) : Object.entries(params);
  return Object.fromEntries(
    entries.flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return typeof first === "string" ? [[key, first]] : [];
    }),
  );
}

/** Back to GET parameters: the structure and only the fields of the period's kind (page 1 left out). */
export function fiscalCriteriaToSearchParams(criteria: FiscalListCriteria, overrides: { page?: number } = {}): URLSearchParams {
  const params = new URLSearchParams({ structure: criteria.structure, periode: criteria.periode });
  if (criteria.periode !== "dates") params.set("annee", String(criteria.annee));
  if (criteria.periode === "mois") params.set("mois", String(criteria.mois));
  if (criteria.periode === "trimestre") params.set("trimestre", String(criteria.trimestre));
  if (criteria.periode === "dates") {
    params.set("du", criteria.du!);
    params.set("au", criteria.au!);
  }
  const page = overrides.page ?? criteria.page;
  if (page > 1) params.set("page", String(page));
  return params;
}

/** "liste-fiscale-2026-10-01-au-2026-12-31.csv": the export's name says its period. */
export const fiscalListFileName = (period: FiscalPeriod, extension: "csv" | "pdf") => `liste-fiscale-${period.from}-au-${period.to}.${extension}`;

/** "Édité le 07/12/2026": the date of edition (Paris day). */
export const editionSentence = (now: Date) => `Édité le ${formatDay(now)}`;
