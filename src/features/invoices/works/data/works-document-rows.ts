// The lists of « Factures de travaux » and « Factures de travaux reçues »: one row per document of the side's
// structures, newest first, 20 a page.
import type { Prisma } from "@/generated/prisma/client.ts";
import type { InvoiceStatus, WorksDocumentType } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { isMoeOverdue } from "../rules/moe-deadline.ts";
import { worksSideWhere } from "./works-access.ts";
import type { WorksSide } from "../rules/works-labels.ts";

export const WORKS_PAGE_SIZE = 20;

export type WorksDocumentRow = {
  invoiceId: string;
  number: string;
  status: InvoiceStatus;
  documentType: WorksDocumentType;
  marketNumber: string;
  statementNumber: number;
  documentDate: Date | null;
  sentAt: Date | null;
  supplierName: string;
  moeName: string | null;
  moaName: string;
  /** Montant net HT admitted (the supplier's until the MOE corrects it), and the TTC. */
  net: string;
  gross: string;
  moeDeadline: Date | null;
  overdue: boolean;
};

export type WorksDocumentPage = { rows: WorksDocumentRow[]; total: number; page: number; pageSize: number };

export async function readWorksDocumentPage(input: { side: WorksSide; structureIds: string[]; status?: InvoiceStatus; marketNumber?: string; page: number; now: Date }): Promise<WorksDocumentPage> {
  const where: Prisma.WorksDocumentWhereInput = {
    AND: [
      worksSideWhere(input.side, input.structureIds),
      ...(input.status ? [{ invoice: { status: input.status } }] : []),
      ...(input.marketNumber ? [{ marketNumber: input.marketNumber }] : []),
    ],
  };
  const [total, rows] = await Promise.all([
    db.worksDocument.count({ where }),
    db.worksDocument.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { invoiceId: "desc" }],
      skip: (input.page - 1) * WORKS_PAGE_SIZE,
      take: WORKS_PAGE_SIZE,
      select: {
        invoiceId: true,
        documentType: true,
        marketNumber: true,
        statementNumber: true,
        moeDeadline: true,
        invoice: { select: { sentNumber: true, status: true, invoiceDate: true, sentAt: true, totalNet: true, totalGross: true } },
        supplierStructure: { select: { raisonSociale: true } },
        moeStructure: { select: { raisonSociale: true } },
        moaStructure: { select: { raisonSociale: true } },
      },
    }),
  ]);
  return {
    total,
    page: input.page,
    pageSize: WORKS_PAGE_SIZE,
    rows: rows.map((row) => {
      const moeDeadline = row.invoice.status === "MISE_A_DISPOSITION_MOE" ? row.moeDeadline : null;
      return {
        invoiceId: row.invoiceId,
        number: row.invoice.sentNumber ?? "",
        status: row.invoice.status,
        documentType: row.documentType,
        marketNumber: row.marketNumber,
        statementNumber: row.statementNumber,
        documentDate: row.invoice.invoiceDate,
        sentAt: row.invoice.sentAt,
        supplierName: row.supplierStructure.raisonSociale,
        moeName: row.moeStructure?.raisonSociale ?? null,
        moaName: row.moaStructure.raisonSociale,
        net: row.invoice.totalNet.toFixed(2),
        gross: row.invoice.totalGross.toFixed(2),
        moeDeadline,
        overdue: isMoeOverdue(moeDeadline, input.now),
      };
    }),
  };
}
