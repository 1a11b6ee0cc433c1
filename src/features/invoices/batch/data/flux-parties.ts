// The parties of a flux's invoice, found in the directory: the seller must be the depositing structure, the buyer an
// active public structure (with its service), and the recipient's own rules (service required, engagement required
// and its format) hold — the same checks as a single deposit sent by "Valider et envoyer". One chunk's invoices
// usually go to a few recipients: each is looked up once per chunk.
import type { Finding } from "@/features/einvoice/index.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import type { DepositedInvoice } from "@/features/invoices/deposit/index.ts";
import { resolveDepositParties, type DepositParties } from "@/features/invoices/deposit/index.ts";
import { recipientErrors } from "@/features/invoices/common/index.ts";
import { fieldErrorsToFindings } from "../rules/batch-findings.ts";

export type PartiesVerdict = { findings: Finding[]; recipientStructureId: string | null; recipientServiceId: string | null };

type Client = Tx | typeof db;

/** A resolver that remembers its answers for one chunk (keyed by what the file says of its parties). */
export function fluxPartiesResolver(client: Client, supplierStructureId: string) {
  const cache = new Map<string, Promise<DepositParties>>();
  return async (deposited: DepositedInvoice): Promise<PartiesVerdict> => {
    const key = JSON.stringify([deposited.seller, deposited.recipient]);
    let resolved = cache.get(key);
    if (!resolved) {
      resolved = resolveDepositParties(client, supplierStructureId, deposited);
      cache.set(key, resolved);
    }
    const parties = await resolved;
    const errors = parties.recipient
      ? { ...recipientErrors({ recipientServiceId: parties.recipientServiceId ?? "", engagementNumber: deposited.engagementNumber ?? "" }, parties.recipient), ...parties.errors }
      : parties.errors;
    return { findings: fieldErrorsToFindings(errors), recipientStructureId: parties.recipient?.id ?? null, recipientServiceId: parties.recipientServiceId };
  };
}
