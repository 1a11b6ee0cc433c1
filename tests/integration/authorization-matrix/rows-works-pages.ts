// Rows of the works pages' server actions (« Factures de travaux » and « Factures de travaux reçues », issue 14): each
// runs the use case its action calls, as the cell's user. The supplier's actions meet the cells of Factures de travaux,
// the MOE's those of Factures de travaux reçues; a works document of the cell's structure is written straight in the
// database for each row (as the supplier, or as the MOE of the counterparty's statement).
import { randomBytes } from "node:crypto";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import {
  askWorksDocumentCompletion,
  completeWorksDocument,
  passWorksDocumentToMoa,
  recycleWorksDocument,
  refuseWorksDocument,
  submitWorksDocument,
} from "@/features/invoices/works/index.ts";
import { findWorksParty } from "@/features/invoices/works/use-cases/find-works-party.ts";
import { db } from "@/server/db.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import type { Rows } from "./rows.ts";
import type { Cell, World } from "./world.ts";

const unique = () => randomBytes(4).toString("hex").toUpperCase();
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

const asSupplier = (c: Cell, status: InvoiceStatus) => worksDocument(c.place, c.world.counterparty, c.world.counterparty, status);
const asMoe = (c: Cell) => worksDocument(c.world.counterparty, c.place, c.world.counterparty, "MISE_A_DISPOSITION_MOE");

/** The form's search of a party: open to whoever may submit works documents somewhere (Factures de travaux in modification). */
const submitsWorksSomewhere = (cell: Cell) => (cell.role !== "ADMIN" && cell.right === "MODIFICATION" ? "ALLOWED" : "FORBIDDEN");

export const WORKS_PAGE_ROWS: Rows = {
  submitWorksDocumentAction: {
    reaches: "submitWorksDocument (Factures de travaux: Saisir un document)",
    access: { kind: "enter", espace: "FACTURES_TRAVAUX" },
    run: (c) =>
      submitWorksDocument({
        userId: c.userId,
        input: {
          supplierStructureId: c.place.structureId,
          cadre: "A4",
          moeStructureId: c.world.counterparty.structureId,
          moaStructureId: c.world.counterparty.structureId,
          moaServiceId: c.world.counterparty.serviceId,
          marketNumber: `MT-${unique()}`,
          number: `PDM-${unique()}`,
          documentDate: "2026-03-31",
          worksToDate: "1000.00",
          vatRate: "20",
        },
      }),
  },
  findWorksPartyAction: {
    reaches: "findWorksParty (Saisir un document: Rechercher the MOE, the MOA, the titulaire)",
    access: { kind: "signedIn" },
    expect: submitsWorksSomewhere,
    run: async (c) => {
      const { identifier } = await db.structure.findUniqueOrThrow({ where: { id: c.world.counterparty.structureId }, select: { identifier: true } });
      return findWorksParty({ userId: c.userId, input: { identifier } });
    },
  },
  passWorksDocumentToMoaAction: {
    reaches: "passWorksDocumentToMoa (Factures de travaux reçues: Valider et transmettre à la MOA)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => passWorksDocumentToMoa({ userId: c.userId, invoiceId: await asMoe(c), input: {} }),
  },
  refuseWorksDocumentAction: {
    reaches: "refuseWorksDocument (Factures de travaux reçues: Refuser)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => refuseWorksDocument({ userId: c.userId, invoiceId: await asMoe(c), input: { motif: "Marché soldé." } }),
  },
  askWorksDocumentCompletionAction: {
    reaches: "askWorksDocumentCompletion (Factures de travaux reçues: Demander de compléter)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => askWorksDocumentCompletion({ userId: c.userId, invoiceId: await asMoe(c), input: { motif: "Joindre l'attachement." } }),
  },
  completeWorksDocumentAction: {
    reaches: "completeWorksDocument (Factures de travaux: Compléter)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX" },
    run: async (c) => completeWorksDocument({ userId: c.userId, invoiceId: await asSupplier(c, "A_COMPLETER"), input: { comment: "Attachement joint." } }),
  },
  recycleWorksDocumentAction: {
    reaches: "recycleWorksDocument (Factures de travaux: Recycler)",
    access: { kind: "change", espace: "FACTURES_TRAVAUX" },
    run: async (c) => recycleWorksDocument({ userId: c.userId, invoiceId: await asSupplier(c, "A_RECYCLER"), input: {} }),
  },
};
