import { receivedScopes } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { receivedDashboard } from "../rules/received-dashboard.ts";
import { readReceivedGroups } from "../data/received-counts.ts";
import { readReceivedServices } from "../data/received-services.ts";

/**
 * The buyer's « Tableau de bord » of Factures reçues: the count of each tile from the counts kept per recipient,
 * service and status (received_invoice_counts, docs/decisions/0022-received-counts.md) over exactly what the list
 * shows (the user's structures, only their services when the rattachement or the espace names services), and the
 * services the user reaches for their tiles. A user who handles no structure sees zeros.
 */
export async function getReceivedDashboard({ userId }: { userId: string }) {
  const scopes = await receivedScopes(db, userId);
  if (scopes.length === 0) return receivedDashboard([], []);
  const [groups, services] = await Promise.all([readReceivedGroups(scopes), readReceivedServices(scopes)]);
  return receivedDashboard(groups, services);
}
