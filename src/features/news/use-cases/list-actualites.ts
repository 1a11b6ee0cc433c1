import { db } from "@/server/db.ts";

export function listActualites(limit = 5) {
  return db.actualite.findMany({ where: { publishedAt: { lte: new Date() } }, orderBy: { publishedAt: "desc" }, take: limit });
}
