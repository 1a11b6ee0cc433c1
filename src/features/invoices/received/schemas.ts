// The form of a recipient's action (one invoice, or the selection): the action, its motif when it asks for one
// (seed 004's list for a rejection), an optional comment. One schema for the dialogs and the server actions; the
// motif rules are the status machine's.
import { z } from "zod";
import { checkTransitionFields, toTransitionCommand } from "@/features/invoices/lifecycle/ui.ts";
import { RECIPIENT_ACTIONS } from "./rules/recipient-moves.ts";
import { uuid } from "@/lib/uuid.ts";
import { MAX_ZIP_INVOICES } from "./rules/received-zip.ts";
import { parseReceivedSearch } from "./rules/received-search.ts";

export const MAX_SELECTED_INVOICES = 100;

const fields = {
  action: z.enum(RECIPIENT_ACTIONS, "Choisissez une action."),
  motif: z.string().optional(),
  comment: z.string().optional(),
};

/** « Intérêts moratoires (CSV) »: an optional period of mise en paiement, "AAAA-MM-JJ", both days included. */
export const latePaymentExportSchema = z
  .object({
    du: z.iso.date("Saisissez une date valide (JJ/MM/AAAA).").optional(),
    au: z.iso.date("Saisissez une date valide (JJ/MM/AAAA).").optional(),
  })
  .refine((v) => !v.du || !v.au || v.du <= v.au, { path: ["au"], message: "La date de fin doit être égale ou postérieure à la date de début." })
  .transform((v) => ({ from: v.du, to: v.au }));

/** An action of the invoice's page: the invoice (its form is bound to it) and the action. */
export const recipientActionSchema = z
  .object({ ...fields, invoiceId: z.string() })
  .superRefine(checkTransitionFields)
  .transform(toTransitionCommand);

export const recipientSelectionActionSchema = z
  .object({
    ...fields,
    invoiceIds: z
      .array(uuid("Facture inconnue."), "Sélectionnez au moins une facture.")
      .min(1, "Sélectionnez au moins une facture.")
      .max(MAX_SELECTED_INVOICES, `Sélectionnez ${MAX_SELECTED_INVOICES} factures au plus.`),
  })
  .superRefine(checkTransitionFields)
  .transform(toTransitionCommand);

/** « Télécharger la sélection (ZIP) »: the invoices checked in the list, each once, at most MAX_ZIP_INVOICES. */
export const receivedZipSelectionSchema = z
  .array(uuid("Facture inconnue."), "Sélectionnez au moins une facture.")
  .min(1, "Sélectionnez au moins une facture.")
  .max(MAX_ZIP_INVOICES, `Sélectionnez ${MAX_ZIP_INVOICES} factures au plus.`)
  .transform((ids) => [...new Set(ids)]);

/** The most searches one user keeps: a list to choose from, not an archive. */
export const MAX_SAVED_SEARCHES = 30;

/**
 * « Enregistrer cette recherche »: a name, and the criteria as the list's address has them (a query string), checked by
 * the search's own schema (parseReceivedSearch) so that a saved search always opens a valid list; the page is dropped.
 */
export const saveReceivedSearchSchema = z.object({
  nom: z.string("Donnez un nom à cette recherche.").trim().min(1, "Donnez un nom à cette recherche.").max(80, "80 caractères au plus."),
  criteres: z
    .string()
    .max(2000, "Ces critères sont trop longs.")
    .transform((query, ctx) => {
      const { values, fieldErrors } = parseReceivedSearch(Object.fromEntries(new URLSearchParams(query)));
      if (fieldErrors) {
        ctx.addIssue({ code: "custom", message: "Les critères de recherche comportent des erreurs : corrigez-les avant d'enregistrer." });
        return z.NEVER;
      }
      const { page: _page, ...criteria } = values;
      return criteria;
    }),
});

/** « Supprimer » a saved search: its id. */
export const deleteReceivedSearchSchema = z.object({ rechercheId: uuid("Recherche introuvable.") });
