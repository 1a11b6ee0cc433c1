import { db, type Tx } from "@/server/db.ts";
import { findRecipient, InvoiceRulesError, lockInvoice, type Recipient, recipientErrors, recipientKey, throwIfAny } from "@/features/invoices/common/index.ts";
import { applyTransition } from "@/features/invoices/lifecycle/index.ts";
import { recyclingSchema, type Recycling, type RecyclingInput } from "../schemas.ts";

/** The new recipient must be an active public structure, and its service and engagement rules honoured. */
async function checkRecipient(client: Tx, recycling: Recycling): Promise<Recipient> {
  const recipient = await findRecipient(client, recipientKey(recycling)!);
  if (!recipient) {
    throw new InvoiceRulesError({ [recycling.recipientIsState ? "recipientIsState" : "recipientStructureId"]: "Ce destinataire n'est pas une structure publique active de l'annuaire." });
  }
  throwIfAny(recipientErrors(recycling, recipient));
  return recipient;
}

/** What the history keeps of the correction: the supplier's new routing data, in words. */
function describe(recipient: Recipient, recycling: Recycling): string {
  const service = recipient.services.find((candidate) => candidate.id === recycling.recipientServiceId);
  return [
    `Nouveau destinataire : ${recipient.raisonSociale} (${recipient.identifier})`,
    service ? `service : ${service.libelle} (${service.code})` : "sans service",
    recycling.engagementNumber ? `engagement : ${recycling.engagementNumber}` : "sans engagement",
  ].join(", ");
}

/**
 * « Recycler »: an À recycler invoice gets a new recipient, service and numéro d'engagement (checked against the
 * directory as when it was sent), goes back to DEPOSEE through the status machine (which enqueues its routing), all in one
 * transaction. NOT_FOUND outside the supplier's structures; CONFLICT when it is not À recycler.
 */
export async function recycleInvoice({ userId, invoiceId, input, now = new Date() }: { userId: string; invoiceId: string; input: RecyclingInput; now?: Date }) {
  const parsed = recyclingSchema.safeParse(input);
  if (!parsed.success) throw InvoiceRulesError.fromZod(parsed.error);
  const recycling = parsed.data;

  return db.$transaction(async (tx) => {
    const invoice = await lockInvoice(tx, userId, invoiceId);
    const recipient = await checkRecipient(tx, recycling);
    await tx.invoice.update({
      where: { id: invoiceId },
      data: { recipientStructureId: recipient.id, recipientServiceId: recycling.recipientServiceId || null, engagementNumber: recycling.engagementNumber || null },
    });
    // The machine refuses (CONFLICT) an invoice that is not À recycler, and the update above is rolled back with it.
    const moved = await applyTransition(tx, {
      invoiceId,
      action: "RECYCLER",
      actor: "FOURNISSEUR",
      actorUserId: userId,
      actorStructureId: invoice.supplierStructureId,
      comment: describe(recipient, recycling),
      now,
    });
    return { invoiceId, status: moved.status, recipientName: recipient.raisonSociale };
  });
}
