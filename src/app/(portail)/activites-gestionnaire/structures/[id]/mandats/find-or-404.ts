import { notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/server/errors.ts";

/** The pages of a structure's mandates answer 404 to a malformed id and to a structure or mandate out of reach. */
export async function findOr404<T>(ids: string[], load: () => Promise<T>): Promise<T> {
  if (!ids.every((id) => z.uuid().safeParse(id).success)) notFound();
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
