import { db } from "@/server/db.ts";
import { notFound } from "@/server/errors.ts";
import { ownSavedSearch } from "../data/saved-searches.ts";

/** « Supprimer » one of the user's saved searches; another user's is "not found". */
export async function deleteReceivedSearch({ userId, searchId }: { userId: string; searchId: string }) {
  const { count } = await db.savedReceivedSearch.deleteMany({ where: ownSavedSearch(userId, searchId) });
  if (count === 0) throw notFound("Recherche introuvable.");
}
