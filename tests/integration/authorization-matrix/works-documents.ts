// A works document of the cell's structure for the works rows (pages and API), written straight in the database: the
// structure as the supplier (its MOE and MOA the counterparty) or as the MOE (the counterparty supplies and pays).
import { randomBytes } from "node:crypto";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import type { Cell, World } from "./world.ts";

export const unique = () => randomBytes(4).toString("hex").toUpperCase();
type Party = { structureId: string; principalId: string };

/** A projet de décompte mensuel (A4) of `supplier`, checked by `moe`, paid by the counterparty, in `status`. */
async function worksDocument(supplier: Party, moe: Party, moa: World["counterparty"], status: InvoiceStatus): Promise<string> {
  const invoice = await insertInvoice(
    { structure: { id: supplier.structureId }, principal: { id: supplier.principalId } },
    { number: `PDM-${unique()}`, status, sentAt: new Date("2026-03-02T10:00:00Z"), totalGross: "1140.00", cadre: "A4", recipientStructureId: moa.structureId, recipientServiceId: moa.serviceId },
  );
  await db.worksDocument.create({
    data: {
      invoiceId: invoice.id,
      documentType: "PROJET_DECOMPTE_MENSUEL",
      supplierStructureId: supplier.structureId,
      moaStructureId: moa.structureId,
      moeStructureId: moe.structureId,
      marketNumber: `MT-${unique()}`,
      statementNumber: 1,
      worksToDate: "1000.00",
      previousStatements: "0.00",
      retention: "50.00",
      advanceRepayment: "0.00",
      vatRate: "20.00",
      moeDeadline: status === "MISE_A_DISPOSITION_MOE" ? new Date(Date.now() + 7 * 86_400_000) : null,
    },
  });
  return invoice.id;
}

/** The cell's structure as the supplier, the counterparty as MOE and MOA. */
export const asSupplier = (c: Cell, status: InvoiceStatus) => worksDocument(c.place, c.world.counterparty, c.world.counterparty, status);
/** The cell's structure as the MOE of the counterparty's statement. */
export const asMoe = (c: Cell, status: InvoiceStatus = "MISE_A_DISPOSITION_MOE") => worksDocument(c.world.counterparty, c.place, c.world.counterparty, status);

/** The parties' search: open to whoever may submit works documents somewhere (Factures de travaux in modification), about any structure. */
export const submitsWorksSomewhere = (cell: Cell) => (cell.role !== "ADMIN" && cell.right === "MODIFICATION" ? "ALLOWED" : "FORBIDDEN");
