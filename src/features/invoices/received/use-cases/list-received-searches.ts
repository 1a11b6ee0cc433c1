import { db } from "@/server/db.ts";
import { receivedSearchHref } from "../rules/received-search.ts";
import { ownSavedSearch, savedCriteria } from "../data/saved-searches.ts";
import { MAX_SAVED_SEARCHES } from "../schemas.ts";

/** « Mes recherches enregistrées »: the user's own, by name, each with the address of its list. */
export async function listReceivedSearches({ userId }: { userId: string }) {
  const searches = await db.savedReceivedSearch.findMany({ where: ownSavedSearch(userId), orderBy: { name: "asc" }, take: MAX_SAVED_SEARCHES, select: { id: true, name: true, criteria: true } });
  return searches.map((search) => ({ id: search.id, name: search.name, href: receivedSearchHref(savedCriteria(search.criteria)) }));
}

export type ReceivedSavedSearch = Awaited<ReturnType<typeof listReceivedSearches>>[number];
