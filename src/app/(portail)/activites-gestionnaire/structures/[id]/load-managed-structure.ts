import { notFound } from "next/navigation";
import { getManagedStructure } from "@/features/structures/use-cases/get-managed-structure.ts";
import { isUuid } from "@/lib/uuid.ts";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

/** The structure of the URL for its gestionnaire; the 404 page for anyone else (or an id that is not one). */
export async function loadManagedStructure(structureId: string) {
  const user = await requireUser();
  if (!isUuid(structureId)) notFound();
  try {
    return { user, ...(await getManagedStructure({ userId: user.id, structureId })) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export const formatDate = (date: Date | null) => (date ? date.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" }) : "");
