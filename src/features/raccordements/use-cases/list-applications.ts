import { db } from "@/server/db.ts";
import { requireGestionnaire } from "@/features/structures/index.ts";

/** The structure's applications, newest first (never their secret: only its last characters), for one of its gestionnaires. */
export async function listApplications({ userId, structureId }: { userId: string; structureId: string }) {
  await requireGestionnaire(db, userId, structureId);
  return db.apiClient.findMany({
    where: { structureId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, clientId: true, scopes: true, secretHint: true, createdAt: true, secretRotatedAt: true, revokedAt: true, technicalAccount: { select: { id: true, nom: true } } },
  });
}
export type ApplicationRow = Awaited<ReturnType<typeof listApplications>>[number];
