import { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { requireGestionnaire } from "../data/access.ts";
import { duplicateServiceCode } from "../data/refusals.ts";
import type { ServiceInput } from "../schemas/management.ts";

/** "+ Créer un service": a code unique in the structure, and its libellé. */
export async function createService({ userId, structureId, input }: { userId: string; structureId: string; input: ServiceInput }) {
  try {
    return await db.$transaction(async (tx) => {
      await requireGestionnaire(tx, userId, structureId);
      return tx.service.create({ data: { structureId, ...input } });
    });
  } catch (error) {
    // The unique index (structure, code) decides, even between two concurrent creations.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateServiceCode(input.code);
    throw error;
  }
}
