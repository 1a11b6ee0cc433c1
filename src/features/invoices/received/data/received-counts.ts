// The received invoices' counts per recipient structure, service and status, kept by a trigger on invoices in the
// same transaction as every insert, transition, recycling and deletion (migration *_received_invoice_counts,
// docs/decisions/0022-received-counts.md): the buyer's Tableau de bord and the unfiltered totals of Factures reçues
// read a few rows of it instead of counting up to tens of thousands of invoices at each call.
import { Prisma } from "@/generated/prisma/client.ts";
import type { ReceivedScope } from "@/features/invoices/common/index.ts";
import { RECEIVED_STATUSES } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import type { ReceivedGroup } from "../rules/received-dashboard.ts";

/**
 * The groups (status × service, with their counts) of the invoices within the scopes that are received and in a
 * received status: exactly what receivedInvoiceWhere(scopes) lists. Callers check `scopes` is not empty first.
 */
export async function readReceivedGroups(scopes: ReceivedScope[]): Promise<ReceivedGroup[]> {
  const whole = scopes.filter((scope) => scope.serviceIds === null).map((scope) => scope.structureId);
  const reach = [
    ...(whole.length > 0 ? [Prisma.sql`recipient_structure_id = ANY(${whole}::uuid[])`] : []),
    ...scopes
      .filter((scope) => scope.serviceIds !== null)
      .map((scope) => Prisma.sql`(recipient_structure_id = ${scope.structureId}::uuid AND recipient_service_id = ANY(${scope.serviceIds}::uuid[]))`),
  ];
  const rows = await db.$queryRaw<{ status: ReceivedGroup["status"]; serviceId: string | null; count: number }[]>`
    SELECT status, recipient_service_id AS "serviceId", invoices AS count
    FROM received_invoice_counts
    WHERE (${Prisma.join(reach, " OR ")}) AND status::text = ANY(${[...RECEIVED_STATUSES]}::text[]) AND invoices <> 0`;
  return rows;
}
