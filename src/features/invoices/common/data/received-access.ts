// Who may read and process a received invoice: an active member of the active public structure it is addressed
// to, to whom the structure opens "Factures reçues" (for the invoice's service when the rattachement names services).
// Any other invoice is "not found": nothing leaks, not even its existence.
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client.ts";
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { receivedScope, type ReceivedScope } from "../rules/received-scope.ts";
import { receivedInvoiceWhere } from "./invoice-where.ts";
import { isUuid } from "@/lib/uuid.ts";
import { activeRattachementRows, type EspaceRight } from "@/features/structures/index.ts";

type Client = Tx | typeof db;

/** What receivedScope needs of a rattachement. */
export const receivedGrantSelect = {
  structureId: true,
  role: true,
  espaces: { select: { espace: true, consultation: true, modification: true } },
  services: { select: { serviceId: true } },
  structure: { select: { espaces: { select: { espace: true, serviceId: true, consultation: true, modification: true } } } },
} satisfies Prisma.RattachementSelect;

/** The scope a rattachement (read with receivedGrantSelect) gives in "Factures reçues", or null. */
export const receivedScopeOf = (row: Prisma.RattachementGetPayload<{ select: typeof receivedGrantSelect }>, needed: EspaceRight = "CONSULTATION") =>
  receivedScope(
    {
      structureId: row.structureId,
      role: row.role,
      userEspaces: row.espaces,
      structureEspaces: row.structure.espaces,
      serviceIds: row.services.map((s) => s.serviceId),
    },
    needed,
  );

const readReceivedGrantRows = (client: Client, userId: string) =>
  client.rattachement.findMany({ where: { userId, status: "ACTIF", structure: { status: "ACTIF", kind: "PUBLIQUE" } }, select: receivedGrantSelect });

/**
 * The user's rattachements to active public structures outside a transaction: the list, its right to process (the same
 * rows read for "MODIFICATION") and the Service filter all ask. They are the rows of the rattachements that every page
 * reads once per request for the header's tabs (structures' activeRattachementRows, React's cache: a right withdrawn
 * counts at the next request; outside a render it reads at every call), where Factures reçues read them a second time
 * (decision 0025). In a transaction they are always read, through it.
 */
const receivedGrantRows = cache(async (userId: string) => (await activeRattachementRows(userId)).filter((row) => row.structure.kind === "PUBLIQUE"));

/** The public structures (and services) whose received invoices the user reads, or with "MODIFICATION" processes. */
export async function receivedScopes(client: Client, userId: string, needed: EspaceRight = "CONSULTATION"): Promise<ReceivedScope[]> {
  const rows = client === db ? await receivedGrantRows(userId) : await readReceivedGrantRows(client, userId);
  return rows.flatMap((row) => {
    const scope = receivedScopeOf(row, needed);
    return scope ? [scope] : [];
  });
}

/** Both reaches of the user in "Factures reçues" (what they read, what they process), from one read of their rattachements. */
export async function receivedReadAndModifyScopes(userId: string): Promise<{ scopes: ReceivedScope[]; modifiable: ReceivedScope[] }> {
  const rows = await receivedGrantRows(userId);
  const of = (needed: EspaceRight) => rows.flatMap((row) => receivedScopeOf(row, needed) ?? []);
  return { scopes: of("CONSULTATION"), modifiable: of("MODIFICATION") };
}

/** The invoice when the user handles it as its recipient; NOT_FOUND otherwise (malformed id included). */
export async function requireReceivedInvoice(client: Client, userId: string, invoiceId: string) {
  if (!isUuid(invoiceId)) throw notFound("Facture introuvable.");
  const scopes = await receivedScopes(client, userId);
  const invoice =
    scopes.length > 0
      ? await client.invoice.findFirst({
          where: { id: invoiceId, ...receivedInvoiceWhere(scopes) },
          select: { id: true, status: true, recipientStructureId: true, recipientServiceId: true, supplierStructureId: true },
        })
      : null;
  if (!invoice) throw notFound("Facture introuvable.");
  return invoice;
}

