// « Liste fiscale »: the structure and the period asked, as GET parameters (the page's form, the exports' links) or the
// API's body; one schema for all. The period is a month, a quarter, a year, or two dates at most a year apart. Pure.
import { z } from "zod";
import { uuid } from "@/lib/uuid.ts";

export const PERIOD_KINDS = ["mois", "trimestre", "annee", "dates"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = { mois: "Mois", trimestre: "Trimestre", annee: "Année", dates: "Dates (du … au …)" };

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;
/** Two dates at most 366 days apart (both included): a fiscal list covers at most a year. */
export const MAX_PERIOD_DAYS = 366;

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const integer = (label: string, min: number, max: number) =>
  z.coerce.number(`${label} doit être un nombre.`).int(`${label} doit être un nombre entier.`).min(min, `${label} est compris entre ${min} et ${max}.`).max(max, `${label} est compris entre ${min} et ${max}.`);

const isRealDay = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} doit être une date (JJ/MM/AAAA).`)
    .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDay(value), `${label} n'est pas une date valide.`)
    .refine((value) => !isRealDay(value) || (Number(value.slice(0, 4)) >= FIRST_YEAR && Number(value.slice(0, 4)) <= LAST_YEAR), `${label} doit être entre ${FIRST_YEAR} et ${LAST_YEAR}.`);

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const fiscalListCriteriaSchema = z
  .object({
    structure: uuid("Choisissez une de vos structures."),
    periode: z.preprocess(blankToUndefined, z.enum(PERIOD_KINDS, "Choisissez un type de période.").default("mois")),
    annee: optional(integer("L'année", FIRST_YEAR, LAST_YEAR)),
    mois: optional(integer("Le mois", 1, 12)),
    trimestre: optional(integer("Le trimestre", 1, 4)),
    du: optional(day("La date « du »")),
    au: optional(day("La date « au »")),
    page: z.preprocess(blankToUndefined, z.coerce.number("La page doit être un nombre.").int("La page doit être un nombre entier.").min(1).max(100_000).default(1)),
  })
  .superRefine((criteria, context) => {
    const required = (path: "annee" | "mois" | "trimestre" | "du" | "au", message: string) => {
      if (criteria[path] === undefined) context.addIssue({ code: "custom", path: [path], message });
    };
    if (criteria.periode !== "dates") required("annee", "Indiquez l'année.");
    if (criteria.periode === "mois") required("mois", "Choisissez le mois.");
    if (criteria.periode === "trimestre") required("trimestre", "Choisissez le trimestre.");
    if (criteria.periode === "dates") {
      required("du", "Indiquez la date de début.");
      required("au", "Indiquez la date de fin.");
      if (criteria.du && criteria.au) {
        if (criteria.du > criteria.au) context.addIssue({ code: "custom", path: ["au"], message: "La date « au » doit être postérieure ou égale à la date « du »." });
        else if (daysBetween(criteria.du, criteria.au) + 1 > MAX_PERIOD_DAYS) {
          context.addIssue({ code: "custom", path: ["au"], message: `La période couvre au plus ${MAX_PERIOD_DAYS} jours : choisissez une date « au » plus proche.` });
        }
      }
    }
  });

export type FiscalListCriteriaInput = z.input<typeof fiscalListCriteriaSchema>;
export type FiscalListCriteria = z.output<typeof fiscalListCriteriaSchema>;
