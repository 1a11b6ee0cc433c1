// Rows of the works pages' server actions (« Factures de travaux » and « Factures de travaux reçues », issue 14): each
// runs the use case its action calls, as the cell's user. The supplier's actions meet the cells of Factures de travaux,
// the MOE's those of Factures de travaux reçues; a works document of the cell's structure is written straight in the
// database for each row (as the supplier, or as the MOE of the counterparty's statement).
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
import type { Rows } from "./rows.ts";
import { signedInAs } from "./session-state.ts";
import type { Cell } from "./world.ts";
import { asMoe, asSupplier, submitsWorksSomewhere, unique } from "./works-documents.ts";

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

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const call = (cell: Cell, handler: Handler, params: Record<string, string>) =>
  signedInAs(cell.userId, () => handler(new Request("http://localhost/"), { params: Promise.resolve(params) }));

/** A works document with its Factur-X PDF and one attachment, as the cell's structure's supplier or MOE side. */
async function withFiles(invoiceId: string) {
  const content = new TextEncoder().encode("%PDF-1.7 document de travaux");
  await db.invoiceDocument.create({ data: { invoiceId, kind: "FACTURX_PDF", fileName: "pdm.pdf", mimeType: "application/pdf", sha256: "0".repeat(64), content } });
  const attachment = await db.invoiceAttachment.create({
    data: { invoiceId, type: "Projet de décompte du fournisseur", designation: "Projet", fileName: "projet.pdf", extension: "pdf", mimeType: "application/pdf", size: content.length, sha256: "0".repeat(64), content },
  });
  return { invoiceId, attachmentId: attachment.id };
}

/** The works pages' downloads (« Documents »): whoever reads the document from its side, consultation at least; 404 otherwise. */
export const WORKS_PAGE_ROUTE_ROWS: Rows = {
  "GET /factures-travaux/[id]/documents/[kind]": {
    reaches: "getWorksDocumentFile (Factures de travaux: the supplier's Factur-X PDF, XML)",
    access: { kind: "read", espace: "FACTURES_TRAVAUX" },
    run: async (c) => {
      const { invoiceId } = await withFiles(await asSupplier(c, "MISE_A_DISPOSITION_MOE"));
      return call(c, (await import("@/app/(portail)/factures-travaux/[id]/documents/[kind]/route.ts")).GET as Handler, { id: invoiceId, kind: "facturx-pdf" });
    },
  },
  "GET /factures-travaux/[id]/pieces-jointes/[attachmentId]": {
    reaches: "getWorksDocumentFile (Factures de travaux: the attachments)",
    access: { kind: "read", espace: "FACTURES_TRAVAUX" },
    run: async (c) => {
      const { invoiceId, attachmentId } = await withFiles(await asSupplier(c, "MISE_A_DISPOSITION_MOE"));
      return call(c, (await import("@/app/(portail)/factures-travaux/[id]/pieces-jointes/[attachmentId]/route.ts")).GET as Handler, { id: invoiceId, attachmentId });
    },
  },
  "GET /factures-travaux-recues/[id]/documents/[kind]": {
    reaches: "getWorksDocumentFile (Factures de travaux reçues: the MOE's and the MOA's Factur-X PDF, XML)",
    access: { kind: "read", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => {
      const { invoiceId } = await withFiles(await asMoe(c));
      return call(c, (await import("@/app/(portail)/factures-travaux-recues/[id]/documents/[kind]/route.ts")).GET as Handler, { id: invoiceId, kind: "facturx-pdf" });
    },
  },
  "GET /factures-travaux-recues/[id]/pieces-jointes/[attachmentId]": {
    reaches: "getWorksDocumentFile (Factures de travaux reçues: the attachments)",
    access: { kind: "read", espace: "FACTURES_TRAVAUX_RECUES" },
    run: async (c) => {
      const { invoiceId, attachmentId } = await withFiles(await asMoe(c));
      return call(c, (await import("@/app/(portail)/factures-travaux-recues/[id]/pieces-jointes/[attachmentId]/route.ts")).GET as Handler, { id: invoiceId, attachmentId });
    },
  },
};
