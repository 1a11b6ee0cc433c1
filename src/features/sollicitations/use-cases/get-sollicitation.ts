import { AppError } from "@/server/errors.ts";
import { db } from "@/server/db.ts";
import type { SollicitationViewpoint } from "../rules/paths.ts";
import { requireSollicitation } from "../data/access.ts";
import { sollicitationDetailSelect } from "../data/detail.ts";

/**
 * A sollicitation's page as `viewpoint` reads it (consultation of the side's espace): its fields, the thread, the
 * files, the history, and whether the user may act on it (modification: a hint for the page, each move checks again).
 */
export async function getSollicitation({ userId, sollicitationId, viewpoint }: { userId: string; sollicitationId: string; viewpoint: SollicitationViewpoint }) {
  await requireSollicitation(db, userId, sollicitationId, viewpoint);
  const mayModify = await requireSollicitation(db, userId, sollicitationId, viewpoint, "MODIFICATION").then(
    () => true,
    (error: unknown) => {
      if (error instanceof AppError && error.code === "FORBIDDEN") return false;
      throw error;
    },
  );
  const sollicitation = await db.sollicitation.findUniqueOrThrow({ where: { id: sollicitationId }, select: sollicitationDetailSelect });
  return { sollicitation, mayModify };
}
