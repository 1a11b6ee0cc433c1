// "Rechercher" of Factures émises: the criteria as GET parameters (a plain form, bookmarkable, and the CSV export's
// link), checked by one zod schema used by the page, the export route and the use case. Empty fields mean "any".
// Amounts stay decimal strings. Pure.
import Decimal from "decimal.js";
import { z } from "zod";
import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { CADRES } from "@/features/invoices/common/ui.ts";
import { uuid } from "@/lib/uuid.ts";
import { REJECTION_FILTERS } from "./rejection-handling.ts";

export type Cadre = (typeof CADRES)[number];

export const SEARCH_PAGE_SIZE = 20;
/** The CSV export stops there: beyond, the user narrows the search. */
export const EXPORT_MAX_ROWS = 50_000;

/** The sortable columns (GET value → what they sort on). */
export const SORT_KEYS = ["depot", "numero", "destinataire", "etat", "dateEtat", "montant"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} doit être une date (JJ/MM/AAAA).`)
    .refine((value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true; // the format's message is enough
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `${label} n'est pas une date valide.`);

/** "1 234,5" → "1234.5": spaces (also narrow ones) dropped, comma as decimal separator. */
const amount = (label: string) =>
  z
    .string()
    .transform((value) => value.replace(/[\s\u202f]/g, "").replace(",", "."))
    .refine((value) => /^\d{1,15}(\.\d{1,2})?$/.test(value), `${label} doit être un montant positif (au plus 2 décimales).`);

export const searchCriteriaSchema = z
  .object({
    numero: optional(z.string().trim().max(50, "Le numéro comporte au plus 50 caractères.")),
    depotDu: optional(day("La date de dépôt « du »")),
    depotAu: optional(day("La date de dépôt « au »")),
    destinataire: optional(z.string().trim().max(100, "Le destinataire comporte au plus 100 caractères.")),
    statut: optional(z.enum(InvoiceStatus, "Choisissez un état dans la liste.")),
    cadre: optional(z.enum(CADRES, "Choisissez un cadre de facturation dans la liste.")),
    validation: optional(z.enum(["manuelle", "automatique"], "Choisissez un mode de validation dans la liste.")),
    rejet: optional(z.enum(REJECTION_FILTERS, "Choisissez « Rejet à traiter » ou « Rejet traité ».")),
    montantMin: optional(amount("Le montant TTC minimum")),
    montantMax: optional(amount("Le montant TTC maximum")),
    structure: optional(uuid("Choisissez une de vos structures.")),
    tri: z.preprocess(blankToUndefined, z.enum(SORT_KEYS, "Tri inconnu.").default("depot")),
    ordre: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], "Ordre de tri inconnu.").default("desc")),
    page: z.preprocess(blankToUndefined, z.coerce.number("La page doit être un nombre.").int("La page doit être un nombre entier.").min(1).max(100_000).default(1)),
  })
  .superRefine((criteria, context) => {
    if (criteria.depotDu && criteria.depotAu && criteria.depotDu > criteria.depotAu) {
      context.addIssue({ code: "custom", path: ["depotAu"], message: "La date « au » doit être postérieure ou égale à la date « du »." });
    }
    if (criteria.montantMin && criteria.montantMax && new Decimal(criteria.montantMin).gt(criteria.montantMax)) {
      context.addIssue({ code: "custom", path: ["montantMax"], message: "Le montant maximum doit être supérieur ou égal au montant minimum." });
    }
  });

export type SearchCriteriaInput = z.input<typeof searchCriteriaSchema>;
export type SearchCriteria = z.output<typeof searchCriteriaSchema>;

/** The search criteria of a page's searchParams: the first value of each parameter. */
export function criteriaFromSearchParams(params: Record<string, string | string[] | undefined> | URLSearchParams): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.keys()].map((key) => [key, params.get(key)] as const) : Object.entries(params);
  return Object.fromEntries(entries.flatMap(([key, value]) => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" ? [[key, first]] : [];
  }));
}

/** Back to GET parameters (only what is set; page 1, the default sort and order left out), for links. */
export function criteriaToSearchParams(criteria: Partial<SearchCriteria>, overrides: Partial<SearchCriteria> = {}): URLSearchParams {
  const merged: Partial<SearchCriteria> = { ...criteria, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if ((key === "page" && value === 1) || (key === "tri" && value === "depot") || (key === "ordre" && value === "desc")) continue;
    params.set(key, String(value));
  }
  return params;
}
