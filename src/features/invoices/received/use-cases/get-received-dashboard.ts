import { receivedInvoiceWhere, receivedScopes } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { receivedDashboard, type ReceivedGroup } from "../rules/received-dashboard.ts";
import { readReceivedServices } from "../data/received-services.ts";

/**
 * The buyer's « Tableau de bord » of Factures reçues: the count of each tile from ONE aggregate query (status ×
 * service) over exactly what the list shows (receivedInvoiceWhere: the user's structures, only their services when
 * the rattachement or the espace names services), and the services the user reaches for their tiles. A user who
 * handles no structure sees zeros.
 */
export async function getReceivedDashboard({ userId }: { userId: string }) {
  const scopes = await receivedScopes(db, userId);
  if (scopes.length === 0) return receivedDashboard([], []);
  const [rows, services] = await Promise.all([
    db.invoice.groupBy({ by: ["status", "recipientServiceId"], where: receivedInvoiceWhere(scopes), _count: { _all: true } }),
    readReceivedServices(scopes),
  ]);
  const groups: ReceivedGroup[] = rows.map((row) => ({ status: row.status, serviceId: row.recipientServiceId, count: row._count._all }));
  return receivedDashboard(groups, services);
}
