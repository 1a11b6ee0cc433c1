"use server";
// "Factures à valider": the holder's decision on an invoice, and the entry form's search of the holder of an A9 / A12
// contract. Each checks the session first, validates its input, lets the use case authorise and decide.
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionState } from "@/lib/action-state.ts";
import { requireUser } from "@/server/auth/session.ts";
import { refusedState } from "../common/data/invoice-errors.ts";
import { INVOICE_STATUS_LABELS } from "../common/rules/status-labels.ts";
import { refuseInvoice } from "./use-cases/refuse-invoice.ts";
import { getContractHolder, searchContractHolders, type ContractHolder } from "./use-cases/search-contract-holders.ts";
import { validateInvoice } from "./use-cases/validate-invoice.ts";
import { validatorDecisionSchema } from "./validation-decision-schema.ts";

const LIST_PATH = "/factures-a-valider";

/** « Valider » or « Refuser » on the invoice's page. */
export async function decideInvoiceAction(invoiceId: string, _state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = validatorDecisionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const { action, input } = parsed.data;
  try {
    const moved = action === "VALIDER" ? await validateInvoice(user.id, String(invoiceId), input) : await refuseInvoice(user.id, String(invoiceId), input);
    revalidatePath(LIST_PATH);
    revalidatePath(`${LIST_PATH}/${moved.invoiceId}`);
    return {
      ok: true,
      message:
        action === "VALIDER"
          ? "La facture est validée : elle est transmise à son destinataire."
          : `La facture est maintenant « ${INVOICE_STATUS_LABELS[moved.status]} » : le fournisseur en est averti avec le motif.`,
    };
  } catch (error) {
    return refusedState(error);
  }
}

export type ContractHolderSearchState = ActionState & { holders?: ContractHolder[] };

/** « Rechercher » in the field « Titulaire / mandataire du marché » of the entry form. */
export async function searchContractHoldersAction(input: { query: string; excludeStructureId?: string }): Promise<ContractHolderSearchState> {
  const user = await requireUser();
  try {
    return { ok: true, holders: await searchContractHolders(user.id, { query: String(input?.query ?? ""), excludeStructureId: input?.excludeStructureId }) };
  } catch (error) {
    return failed(error);
  }
}

/** The holder a reopened draft names, to show it again. */
export async function getContractHolderAction(structureId: string): Promise<ContractHolderSearchState> {
  const user = await requireUser();
  try {
    const holder = await getContractHolder(user.id, String(structureId));
    return holder ? { ok: true, holders: [holder] } : { ok: false, message: "Ce titulaire ou mandataire n'est plus une structure privée active : choisissez-en un autre." };
  } catch (error) {
    return failed(error);
  }
}
