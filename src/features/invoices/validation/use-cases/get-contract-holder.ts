import { db } from "@/server/db.ts";
import { isUuid } from "@/lib/uuid.ts";
import { contractHolderSelect, requireInvoiceAuthor, type ContractHolder } from "../data/contract-holders.ts";

/** The holder a saved draft names, to show it again in the form; null when it is no longer an active private structure. */
export async function getContractHolder({ userId, structureId }: { userId: string; structureId: string }): Promise<ContractHolder | null> {
  await requireInvoiceAuthor(userId);
  if (!isUuid(structureId)) return null;
  return db.structure.findFirst({
    where: { id: structureId, kind: "PRIVEE", status: "ACTIF" },
    select: contractHolderSelect,
  });
}
