import { Prisma } from "@/generated/prisma/client.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { requireGestionnaire } from "../data/access.ts";
import type { ServiceInput } from "../schemas/management.ts";

export const duplicateServiceCode = (code: string) => new AppError("CONFLICT", `Un service de code « ${code} » existe déjà dans la structure.`, "code");

/** "+ Créer un service": a code unique in the structure, and its libellé. */
export async function createService(userId: string, structureId: string, input: ServiceInput) {
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
