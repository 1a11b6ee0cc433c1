"use server";
// "Factures à valider": the holder's decision on an invoice, and the entry form's search of the holder of an A9 / A12
// contract. The use cases authorise and decide.
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state.ts";
import { userAction } from "@/server/actions.ts";
import { INVOICE_STATUS_LABELS, refusedState } from "@/features/invoices/common/index.ts";
import type { ContractHolder } from "./data/contract-holders.ts";
import { contractHolderIdSchema, contractHolderQuerySchema, validatorDecisionSchema } from "./schemas.ts";
import { getContractHolder } from "./use-cases/get-contract-holder.ts";
import { refuseInvoice } from "./use-cases/refuse-invoice.ts";
import { searchContractHolders } from "./use-cases/search-contract-holders.ts";
import { validateInvoice } from "./use-cases/validate-invoice.ts";

const LIST_PATH = "/factures-a-valider";

/** « Valider » or « Refuser » on the invoice's page. */
export const decideInvoiceAction = userAction({
  schema: validatorDecisionSchema,
  input: (invoiceId: string, _state: ActionState, formData: FormData) => ({ ...Object.fromEntries(formData), invoiceId: String(invoiceId) }),
  refused: refusedState,
  run: ({ invoiceId, action, input }, user) =>
    action === "VALIDER" ? validateInvoice({ userId: user.id, invoiceId, input }) : refuseInvoice({ userId: user.id, invoiceId, input }),
  done: (moved, { action }): ActionState => {
    revalidatePath(LIST_PATH);
    revalidatePath(`${LIST_PATH}/${moved.invoiceId}`);
    return {
      ok: true,
      message:
        action === "VALIDER"
          ? "La facture est validée : elle est transmise à son destinataire."
          : `La facture est maintenant « ${INVOICE_STATUS_LABELS[moved.status]} » : le fournisseur en est averti avec le motif.`,
    };
  },
});

export type ContractHolderSearchState = ActionState & { holders?: ContractHolder[] };

/** « Rechercher » in the field « Titulaire / mandataire du marché » of the entry form. */
export const searchContractHoldersAction: (input: { query: string; excludeStructureId?: string }) => Promise<ContractHolderSearchState> = userAction({
  schema: contractHolderQuerySchema,
  input: (input: { query: string; excludeStructureId?: string }) => ({ query: String(input?.query ?? ""), excludeStructureId: input?.excludeStructureId }),
  run: (input, user) => searchContractHolders({ userId: user.id, input }),
  done: (holders): ContractHolderSearchState => ({ ok: true, holders }),
});

/** The holder a reopened draft names, to show it again. */
export const getContractHolderAction: (structureId: string) => Promise<ContractHolderSearchState> = userAction({
  schema: contractHolderIdSchema,
  input: (structureId: string) => ({ structureId: String(structureId) }),
  run: ({ structureId }, user) => getContractHolder({ userId: user.id, structureId }),
  done: (holder): ContractHolderSearchState =>
    holder ? { ok: true, holders: [holder] } : { ok: false, message: "Ce titulaire ou mandataire n'est plus une structure privée active : choisissez-en un autre." },
});
