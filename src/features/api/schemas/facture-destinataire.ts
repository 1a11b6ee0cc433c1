// What the recipient's and the holder's invoice operations answer: an invoice as a row of « Factures reçues » and of
// « Factures à valider », an action the caller may take, and the body of a status change (its motif and comment
// checked by the status machine's rules, as the pages' dialogs are). Pure.
import { z } from "zod";
import type { LifecycleAction } from "@/features/invoices/lifecycle/ui.ts";
import { ACTION_LABELS, checkTransitionFields, MOVES } from "@/features/invoices/lifecycle/ui.ts";
import type { ReceivedInvoiceRow } from "@/features/invoices/received/index.ts";
import type { InvoiceToValidateRow } from "@/features/invoices/validation/index.ts";
import { isoDate, isoDateTime, montant, statutOf, statutSchema } from "./common.ts";

const iso = (date: Date | null) => date?.toISOString() ?? null;
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** An invoice id in a body: any text, so that a malformed id is « introuvable » (404) as a foreign one is. */
export const idFactureSchema = z.string("L'identifiant de la facture est obligatoire.").max(100).meta({ format: "uuid" });

export const factureRecueResultatSchema = z
  .object({
    idFacture: z.uuid(),
    numeroFacture: z.string(),
    typeFacture: z.enum(["FACTURE", "AVOIR", "ACOMPTE"]),
    dateFacture: isoDate.nullable(),
    dateDepot: isoDateTime.nullable(),
    fournisseur: z.object({ raisonSociale: z.string(), identifiant: z.string() }),
    destinataire: z.object({ raisonSociale: z.string() }),
    service: z.string().nullable().meta({ description: "Le service destinataire : « code - libellé »." }),
    montantTTC: montant,
    devise: z.string().meta({ example: "EUR" }),
    statut: statutSchema,
    dateStatut: isoDateTime,
    modifiable: z.boolean().meta({ description: "Le compte technique peut traiter la facture (Factures reçues en modification), pas seulement la lire." }),
  })
  .meta({ id: "FactureRecueResultat" });

export const toFactureRecueResultat = (row: ReceivedInvoiceRow): z.input<typeof factureRecueResultatSchema> => ({
  idFacture: row.id,
  numeroFacture: row.number,
  typeFacture: row.type,
  dateFacture: day(row.invoiceDate),
  dateDepot: iso(row.depositDate),
  fournisseur: { raisonSociale: row.supplierName, identifiant: row.supplierIdentifier },
  destinataire: { raisonSociale: row.recipientName },
  service: row.service || null,
  montantTTC: row.totalGross,
  devise: row.currency,
  statut: statutOf(row.status),
  dateStatut: row.statusChangedAt.toISOString(),
  modifiable: row.mayModify,
});

export const factureAValiderResultatSchema = z
  .object({
    idFacture: z.uuid(),
    numeroFacture: z.string(),
    typeFacture: z.enum(["FACTURE", "AVOIR", "ACOMPTE"]),
    cadreFacturation: z.string().meta({ example: "A9" }),
    dateDepot: isoDateTime.nullable(),
    fournisseur: z.object({ raisonSociale: z.string(), identifiant: z.string() }),
    titulaire: z.object({ raisonSociale: z.string() }),
    dateLimiteValidation: isoDateTime.nullable(),
    montantTTC: montant,
    devise: z.string(),
    statut: statutSchema,
  })
  .meta({ id: "FactureAValiderResultat" });

export const toFactureAValiderResultat = (row: InvoiceToValidateRow): z.input<typeof factureAValiderResultatSchema> => ({
  idFacture: row.id,
  numeroFacture: row.number,
  typeFacture: row.type,
  cadreFacturation: row.cadre,
  dateDepot: iso(row.depositDate),
  fournisseur: { raisonSociale: row.supplierName, identifiant: row.supplierIdentifier },
  titulaire: { raisonSociale: row.holderName },
  dateLimiteValidation: iso(row.validationDeadline),
  montantTTC: row.totalGross,
  devise: row.currency,
  statut: statutOf(row.status),
});

export const actionDisponibleSchema = z
  .object({
    action: z.string().meta({ example: "REJETER" }),
    libelle: z.string(),
    motif: z.enum(["LISTE", "LIBRE"]).nullable().meta({ description: "LISTE : un des motifs de transverses/motifs-refus ; LIBRE : un texte ; null : aucun." }),
  })
  .meta({ id: "ActionDisponible" });

/** An action as the API tells it: its code, its label and the motif it asks (the status machine's). */
export const actionDisponibleOf = (action: LifecycleAction): z.input<typeof actionDisponibleSchema> => {
  const motif = MOVES[action].motif;
  return { action, libelle: ACTION_LABELS[action], motif: motif === "liste" ? "LISTE" : motif === "libre" ? "LIBRE" : null };
};

/** The fields of a status change beside its action (the API's names: « commentaire » for the pages' « comment »). */
export const motifFields = {
  motif: z.string().optional().meta({ description: "Obligatoire pour les actions qui en demandent un (voir leurs motifs)." }),
  commentaire: z.string().optional(),
};

/**
 * For superRefine: the status machine's refusals of a change's motif and comment (the pages' checkTransitionFields),
 * each on the API's field.
 */
export function checkMotifFields(value: { action: LifecycleAction; motif?: string; commentaire?: string }, ctx: z.RefinementCtx) {
  const named: z.RefinementCtx = {
    ...ctx,
    addIssue: (issue) => ctx.addIssue(typeof issue === "string" ? issue : { ...issue, path: issue.path?.map((part) => (part === "comment" ? "commentaire" : part)) }),
  };
  checkTransitionFields({ action: value.action, motif: value.motif, comment: value.commentaire }, named);
}

export const changementStatutSchema = z.object({ idFacture: z.uuid(), statut: statutSchema }).meta({ id: "ChangementStatut" });
