// The chain of statements of one marché: the documents of the same supplier to the same MOA under the same marché
// number, numbered 1, 2, 3…; a new one carries the admitted works to date of the latest one still in its circuit.
// Submitting takes a transaction-scoped advisory lock on the chain, so that two statements of a marché deposited at
// once are numbered and carried one after the other.
import type { Tx } from "@/server/db.ts";
import { db } from "@/server/db.ts";
import { CHAIN_BREAKING_STATUSES, carriedPreviousStatements } from "../rules/works-amounts.ts";

type Client = Tx | typeof db;

export type ChainKey = { supplierStructureId: string; moaStructureId: string; marketNumber: string };

export type ChainPosition = {
  statementNumber: number;
  previousStatements: string;
  previous: { invoiceId: string; number: string; issueDate?: string } | null;
};

export async function readChainPosition(client: Client, key: ChainKey): Promise<ChainPosition> {
  const last = await client.worksDocument.findFirst({ where: key, orderBy: { statementNumber: "desc" }, select: { statementNumber: true } });
  const previous = await client.worksDocument.findFirst({
    where: { ...key, invoice: { status: { notIn: [...CHAIN_BREAKING_STATUSES] } } },
    orderBy: { statementNumber: "desc" },
    select: { invoiceId: true, worksToDate: true, moeWorksToDate: true, invoice: { select: { sentNumber: true, invoiceDate: true } } },
  });
  return {
    statementNumber: (last?.statementNumber ?? 0) + 1,
    previousStatements: carriedPreviousStatements(previous ? { worksToDate: previous.worksToDate.toFixed(2), moeWorksToDate: previous.moeWorksToDate?.toFixed(2) ?? null } : null),
    previous: previous
      ? { invoiceId: previous.invoiceId, number: previous.invoice.sentNumber ?? "", issueDate: previous.invoice.invoiceDate?.toISOString().slice(0, 10) }
      : null,
  };
}

export const samePosition = (a: ChainPosition, b: ChainPosition) =>
  a.statementNumber === b.statementNumber && a.previousStatements === b.previousStatements && a.previous?.invoiceId === b.previous?.invoiceId;

/** Serialises the statements of one marché until the end of the transaction. */
export async function lockChain(tx: Tx, key: ChainKey): Promise<void> {
  const name = `works-chain:${key.supplierStructureId}:${key.moaStructureId}:${key.marketNumber}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${name}, 0))`;
}
