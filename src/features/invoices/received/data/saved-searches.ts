// « Mes recherches enregistrées »: a user's saved criteria, always read and written with the user's id in the
// condition, so that another user's search is "not found".
import type { Prisma } from "@/generated/prisma/client.ts";
import { parseReceivedSearch, type ReceivedSearchValues } from "../rules/received-search.ts";

export const ownSavedSearch = (userId: string, searchId?: string): Prisma.SavedReceivedSearchWhereInput => ({ userId, ...(searchId ? { id: searchId } : {}) });

/** Stored criteria read back through the search's schema: only its fields, as strings (anything else is dropped). */
export function savedCriteria(stored: Prisma.JsonValue): ReceivedSearchValues {
  const raw = stored && typeof stored === "object" && !Array.isArray(stored) ? stored : {};
  const strings = Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  return parseReceivedSearch(strings).values;
}
