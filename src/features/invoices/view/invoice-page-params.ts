// What every invoice page (Factures émises, reçues, à valider) reads the same way: the page of lines asked for, and
// the invoice, or Next's 404 page when it is out of the user's reach.
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors.ts";

/** The page of lines of "?page=", the first one when absent or not a number. */
export const linesPageNumber = (page: string | undefined) => Math.max(1, Number.parseInt(page ?? "1", 10) || 1);

/** The invoice the use case reads; its NOT_FOUND (another structure's invoice included: nothing leaks) is the 404 page. */
export async function invoiceOr404<T>(read: Promise<T>): Promise<T> {
  return read.catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
