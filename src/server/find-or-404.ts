import { notFound } from "next/navigation";
import { isUuid } from "@/lib/uuid.ts";
import { AppError } from "@/server/errors.ts";

/**
 * What a page reads, or Next's 404 page: for a malformed id (a typed address) and for what the use case does not find,
 * another structure's row included (nothing leaks, not even its existence).
 */
export async function findOr404<T>(ids: string[], load: () => Promise<T>): Promise<T> {
  if (!ids.every((id) => isUuid(id))) notFound();
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
