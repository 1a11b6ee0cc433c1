// The parties a deposited file names, found in the portal: its seller must be the structure depositing it (when the
// file says who the seller is), its buyer an active public structure of the directory (by SIRET), with the service
// whose code the file gives (BT-10). Errors are keyed like the entry form's fields; the caller decides which refuse.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { findRecipient, type Recipient } from "@/features/invoices/common/index.ts";
import type { DepositedInvoice } from "../rules/deposited-invoice.ts";

type Client = Tx | typeof db;

export type DepositParties = { recipient: Recipient | null; recipientServiceId: string | null; errors: Record<string, string> };

const SIRET = /^\d{14}$/;

/**
 * `guessed`: the parties were guessed from a PDF's text (a SIRET found on the page may be the buyer's): a seller
 * that is not the depositing structure is then no error, the user checks the pre-filled form.
 */
export async function resolveDepositParties(
  client: Client,
  supplierStructureId: string,
  deposited: Pick<DepositedInvoice, "seller" | "recipient">,
  options: { guessed?: boolean } = {},
): Promise<DepositParties> {
  const errors: Record<string, string> = {};
  const supplier = await client.structure.findUniqueOrThrow({ where: { id: supplierStructureId }, select: { identifier: true, raisonSociale: true } });
  const seller = deposited.seller;
  if (!options.guessed && seller.siret && seller.siret !== supplier.identifier && !seller.identifiers.includes(supplier.identifier)) {
    errors.file = `Le vendeur de cette facture (SIRET ${seller.siret}) n'est pas votre structure « ${supplier.raisonSociale} » (${supplier.identifier}) : déposez-la depuis la structure qui l'a émise.`;
  }

  // Only 14-digit keys: an identifier of the file is never taken for a portal id.
  const keys = [...new Set([deposited.recipient.siret, ...deposited.recipient.identifiers].filter((key): key is string => Boolean(key && SIRET.test(key))))];
  let recipient: Recipient | null = null;
  for (const key of keys) {
    recipient = await findRecipient(client, key);
    if (recipient) break;
  }
  if (!recipient) {
    errors.recipientStructureId = deposited.recipient.siret
      ? `Le destinataire de la facture (SIRET ${deposited.recipient.siret}) n'est pas une structure publique active de l'annuaire.`
      : "La facture ne donne pas le SIRET de son destinataire : choisissez-le avec la recherche de destinataire.";
    return { recipient: null, recipientServiceId: null, errors };
  }

  const code = deposited.recipient.serviceCode?.trim().toUpperCase();
  const service = code ? recipient.services.find((candidate) => candidate.code.toUpperCase() === code) : undefined;
  if (code && !service) errors.recipientServiceId = `Le service « ${deposited.recipient.serviceCode} » indiqué dans la facture n'existe pas chez ${recipient.raisonSociale} ou n'est plus actif.`;
  return { recipient, recipientServiceId: service?.id ?? null, errors };
}
