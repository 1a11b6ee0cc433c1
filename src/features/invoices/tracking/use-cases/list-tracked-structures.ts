import { supplierStructuresByName } from "@/features/invoices/common/index.ts";

/** The structures of "Filtre Structure": those whose invoices the user follows, by name (no query of its own: decision 0025). */
export async function listTrackedStructures({ userId }: { userId: string }) {
  return supplierStructuresByName(userId);
}
