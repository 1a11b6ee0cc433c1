import { db } from "@/server/db.ts";
import { receivedScopes } from "@/features/invoices/common/index.ts";
import { readReceivedServices } from "../data/received-services.ts";

/** The services the "Service" filter of "Factures reçues" offers: those of the structures (or services) the user handles. */
export async function listReceivedServices({ userId }: { userId: string }) {
  return readReceivedServices(await receivedScopes(db, userId));
}
