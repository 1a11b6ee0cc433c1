import { receivedScopes } from "@/features/invoices/common/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import type { ReceivedSearchValues } from "../rules/received-search.ts";
import { MAX_SAVED_SEARCHES } from "../schemas.ts";

/**
 * « Enregistrer cette recherche »: the user's criteria under a name (the same name replaces its criteria). Only for a
 * user who reads Factures reçues somewhere; at most MAX_SAVED_SEARCHES per user.
 */
export async function saveReceivedSearch({ userId, name, criteria }: { userId: string; name: string; criteria: ReceivedSearchValues }) {
  if ((await receivedScopes(db, userId)).length === 0) throw new AppError("FORBIDDEN", "Vous n'avez pas accès aux factures reçues.");
  return db.$transaction(async (tx) => {
    const existing = await tx.savedReceivedSearch.findUnique({ where: { userId_name: { userId, name } }, select: { id: true } });
    if (!existing && (await tx.savedReceivedSearch.count({ where: { userId } })) >= MAX_SAVED_SEARCHES) {
      throw new AppError("VALIDATION", `Vous avez déjà ${MAX_SAVED_SEARCHES} recherches enregistrées : supprimez-en une d'abord.`, "nom");
    }
    const saved = await tx.savedReceivedSearch.upsert({
      where: { userId_name: { userId, name } },
      create: { userId, name, criteria },
      update: { criteria },
      select: { id: true, name: true },
    });
    return { ...saved, replaced: Boolean(existing) };
  });
}
