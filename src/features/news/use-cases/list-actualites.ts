import { db } from "@/server/db.ts";

export type Actualite = Awaited<ReturnType<typeof listActualites>>[number];

/** Accueil's actualités already published, the newest first. */
export function listActualites({ limit = 5 }: { limit?: number } = {}) {
  return db.actualite.findMany({ where: { publishedAt: { lte: new Date() } }, orderBy: { publishedAt: "desc" }, take: limit });
}
