import { z } from "zod";
import { invoiceFormSchema, NO_BANK_DETAILS_NOTICE, needsHolderValidation } from "@/features/invoices/common/index.ts";
import { sendInvoice } from "@/features/invoices/entry/index.ts";
import { recycledOnSendingNotice } from "@/features/invoices/lifecycle/index.ts";
import { jsonOperation } from "@/server/api/operation.ts";
import { statutOf, statutSchema } from "../../schemas/common.ts";

const factureSoumiseSchema = z
  .object({
    idFacture: z.guid(),
    numeroFacture: z.string(),
    statut: statutSchema,
    avertissements: z.array(z.string()).meta({ description: "Ce que le fournisseur gagnerait à faire, sans que la facture soit refusée (un virement sans coordonnées bancaires, par exemple)." }),
  })
  .meta({ id: "FactureSoumise" });

/**
 * factures/soumettre: an invoice in JSON, with the very schema of « Saisir facture », sent as « Valider et envoyer »
 * sends it (sendInvoice: same rules, documents, history). With `invoiceId`, a saved draft of the structure is sent.
 */
export const soumettreFacture = jsonOperation({
  operationId: "soumettreFacture",
  method: "POST",
  path: "/factures/soumettre",
  tag: "Factures",
  summary: "Soumettre une facture",
  description:
    "Le corps est celui du formulaire « Saisir facture » (mêmes champs, mêmes règles). La facture est déposée (DEPOSEE) avec son Factur-X, ou soumise au titulaire du marché en cadre A9 / A12 (A_VALIDER_1). " +
    "Un virement sans coordonnées bancaires de la structure est accepté (le destinataire paie sur le compte qu'il connaît) ; `avertissements` le signale. " +
    "Une facture citant un engagement que le destinataire refuse (inconnu, clôturé, d'un autre service ou fournisseur, quand il exige un engagement existant) est acceptée puis renvoyée à recycler aussitôt (statut A_RECYCLER) ; `avertissements` en donne le motif. " +
    "Avec un en-tête Idempotency-Key, un rejeu renvoie la première réponse : une clé ne crée qu'une facture.",
  scope: "ecriture",
  idempotent: true,
  successStatus: 201,
  body: invoiceFormSchema,
  response: factureSoumiseSchema,
  run: async ({ caller, body }) => {
    const sent = await sendInvoice({ userId: caller.userId, input: body });
    // The status sendInvoice gave it: the holder's validation first (A9 / A12), otherwise deposited.
    return {
      idFacture: sent.invoiceId,
      numeroFacture: sent.number,
      statut: statutOf(sent.recycledMotif ? "A_RECYCLER" : needsHolderValidation(body.cadre) ? "A_VALIDER_1" : "DEPOSEE"),
      // « Virement » without bank details is sent all the same (decision 0011); the caller is told how to speed up the payment.
      // An engagement the recipient refuses: accepted, straight back À recycler, and why.
      avertissements: [...(sent.withoutBankDetails ? [NO_BANK_DETAILS_NOTICE] : []), ...(sent.recycledMotif ? [recycledOnSendingNotice(sent.recycledMotif)] : [])],
    };
  },
});
