// The criteria of "Factures reçues" as the search form sends them (GET parameters, French names) and as the list
// use case takes them; and the address of a page of results. Pure.
import Decimal from "decimal.js";
import { z } from "zod";
import type { ReceivedStatus } from "@/features/invoices/common/index.ts";
import { RECEIVED_STATUSES } from "@/features/invoices/common/ui.ts";
import { uuid } from "@/lib/uuid.ts";

export const RECEIVED_PAGE_SIZE = 20;
export const RECEIVED_SORTS = ["date", "montant", "numero", "statut"] as const;
export type ReceivedSort = (typeof RECEIVED_SORTS)[number];
export const RECEIVED_SORT_LABELS: Record<ReceivedSort, string> = {
  date: "Date de dépôt",
  montant: "Montant TTC",
  numero: "Numéro de facture",
  statut: "Statut",
};

/** The list's délai de paiement criterion (« echeance »), the values of the dashboard's two tiles. */
export const PAYMENT_DEADLINE_FILTERS = ["sous7jours", "depasse"] as const;
export type PaymentDeadlineFilter = (typeof PAYMENT_DEADLINE_FILTERS)[number];
export const PAYMENT_DEADLINE_FILTER_LABELS: Record<PaymentDeadlineFilter, string> = { sous7jours: "À payer sous 7 jours", depasse: "Délai dépassé" };

export type ReceivedInvoiceFilters = {
  /** Beginning of the invoice's number, any case. */
  number?: string;
  /** Part of the supplier's raison sociale, or the beginning of its identifier (SIRET…). */
  supplier?: string;
  status?: ReceivedStatus;
  /** Only the invoices waiting for the recipient (the dashboard's « À traiter »: TO_PROCESS_STATUSES). */
  toProcess?: boolean;
  /** The délai de paiement (docs/payment-delays.md): « À payer sous 7 jours » or « Délai dépassé », among those to pay. */
  paymentDeadline?: PaymentDeadlineFilter;
  serviceId?: string;
  /** Days of deposit, "AAAA-MM-JJ", both included. */
  depositFrom?: string;
  depositTo?: string;
  /** Montant TTC bounds, decimal strings ("1250.5"), both included. */
  amountMin?: string;
  amountMax?: string;
  sort?: ReceivedSort;
  direction?: "asc" | "desc";
  page?: number;
};

/** The form's fields, by their parameter names. */
export type ReceivedSearchValues = Partial<Record<"numero" | "fournisseur" | "statut" | "aTraiter" | "echeance" | "service" | "du" | "au" | "montantMin" | "montantMax" | "tri" | "ordre" | "page", string>>;

const blank = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const text = (max: number) => z.preprocess(blank, z.string().trim().max(max, `${max} caractères au plus.`).optional());
const day = z.preprocess(blank, z.iso.date("Saisissez une date valide (JJ/MM/AAAA).").optional());
const amount = z.preprocess(
  (value) => (typeof value === "string" ? blank(value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")) : value),
  z
    .string()
    .regex(/^\d{1,15}(\.\d{1,2})?$/, "Saisissez un montant positif, par exemple 1250,50.")
    .optional(),
);

/** The criteria's fields (all but the page): the form's, and the API's rechercher/recipiendaire with its cursor. */
export const RECEIVED_CRITERIA_FIELDS = {
  numero: text(50),
  fournisseur: text(100),
  statut: z.preprocess(blank, z.enum(RECEIVED_STATUSES, "Choisissez un statut de la liste.").optional()),
  aTraiter: z.preprocess(blank, z.enum(["oui"]).optional()).catch(undefined),
  echeance: z.preprocess(blank, z.enum(PAYMENT_DEADLINE_FILTERS, "Choisissez une échéance de la liste.").optional()),
  service: z.preprocess(blank, uuid("Choisissez un service de la liste.").optional()),
  du: day,
  au: day,
  montantMin: amount,
  montantMax: amount,
  tri: z.preprocess(blank, z.enum(RECEIVED_SORTS).optional()).catch(undefined),
  ordre: z.preprocess(blank, z.enum(["asc", "desc"]).optional()).catch(undefined),
};

type ReceivedCriteria = z.output<z.ZodObject<typeof RECEIVED_CRITERIA_FIELDS>>;

/** For superRefine: the criteria that contradict each other (dates, amounts), each on its field. */
export function checkReceivedCriteria(v: ReceivedCriteria, ctx: z.RefinementCtx) {
  if (v.du && v.au && v.du > v.au) ctx.addIssue({ code: "custom", path: ["au"], message: "La date de fin doit être égale ou postérieure à la date de début." });
  if (v.montantMin && v.montantMax && new Decimal(v.montantMin).gt(v.montantMax)) {
    ctx.addIssue({ code: "custom", path: ["montantMax"], message: "Le montant maximum doit être supérieur ou égal au montant minimum." });
  }
}

/** The criteria as the list use cases take them (the default sort: latest deposit first; number and status A→Z). */
export const toReceivedFilters = (v: ReceivedCriteria): ReceivedInvoiceFilters => ({
  number: v.numero,
  supplier: v.fournisseur,
  status: v.statut,
  toProcess: v.aTraiter === "oui" || undefined,
  paymentDeadline: v.echeance,
  serviceId: v.service,
  depositFrom: v.du,
  depositTo: v.au,
  amountMin: v.montantMin,
  amountMax: v.montantMax,
  sort: v.tri ?? "date",
  direction: v.ordre ?? (v.tri === "numero" || v.tri === "statut" ? "asc" : "desc"),
});

export const receivedSearchSchema = z
  .object({ ...RECEIVED_CRITERIA_FIELDS, page: z.preprocess(blank, z.coerce.number().int().min(1).max(1_000_000).optional()).catch(undefined) })
  .superRefine(checkReceivedCriteria)
  .transform((v): ReceivedInvoiceFilters => ({ ...toReceivedFilters(v), page: v.page ?? 1 }));

const FIELDS = ["numero", "fournisseur", "statut", "aTraiter", "echeance", "service", "du", "au", "montantMin", "montantMax", "tri", "ordre", "page"] as const;

/** The GET parameters as the form sent them (first value of each), the filters they give, or their errors. */
export function parseReceivedSearch(params: Record<string, string | string[] | undefined>) {
  const values: ReceivedSearchValues = {};
  for (const name of FIELDS) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value !== "") values[name] = value;
  }
  const parsed = receivedSearchSchema.safeParse(values);
  if (parsed.success) return { values, filters: parsed.data, fieldErrors: undefined };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_form"] ??= issue.message;
  return { values, filters: undefined, fieldErrors };
}

/** "/factures-recues?…" with the same criteria and the given changes (an empty value drops a parameter). */
export function receivedSearchHref(values: ReceivedSearchValues, changes: ReceivedSearchValues = {}) {
  const merged = { ...values, ...changes };
  const query = new URLSearchParams(FIELDS.flatMap((name) => (merged[name] ? [[name, merged[name]!]] : [])));
  const search = query.toString();
  return search ? `/factures-recues?${search}` : "/factures-recues";
}

/** The criteria alone as a query string (no page): the export's, the ZIP's and a saved search's. */
export function receivedCriteriaQuery(values: ReceivedSearchValues): string {
  return new URLSearchParams(FIELDS.flatMap((name) => (name !== "page" && values[name] ? [[name, values[name]!]] : []))).toString();
}
