import type { Espace } from "@/generated/prisma/enums.ts";
import type { Tx } from "./db.ts";

/** Adds a line to the fil d'événements of each given user (Accueil connecté), in the caller's transaction. */
export async function recordEvents(
  tx: Tx,
  input: { userIds: string[]; structureId?: string; espace: Espace; type: string; message: string; link?: string },
) {
  if (input.userIds.length === 0) return;
  await tx.event.createMany({
    data: [...new Set(input.userIds)].map((userId) => ({
      userId,
      structureId: input.structureId,
      espace: input.espace,
      type: input.type,
      message: input.message,
      link: input.link,
    })),
  });
}
