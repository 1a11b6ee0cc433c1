// The works pages' « Documents » (issue 14): the supplier, the MOE and the MOA of a works document download its
// Factur-X PDF and XML (the supplier's projet de décompte, then the MOE's état d'acompte) and its attachments (the
// « Projet de décompte du fournisseur » once passed on, a deposited file); another structure's users find nothing.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getWorksDocument, getWorksDocumentFile, passWorksDocumentToMoa } from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { createWorksMarket } from "./works-fixtures.ts";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: unknown) => (error instanceof AppError ? error.code : String(error)));
const storedSha = async (invoiceId: string, kind: "FACTURX_PDF" | "CII_XML") => (await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId, kind } } })).sha256;

describe("a works document's files", () => {
  it("are listed and downloaded by its supplier, its MOE and its MOA: the projet de décompte, then the état d'acompte and the projet as an attachment", async () => {
    const market = await createWorksMarket();
    const { invoiceId, number } = await market.submit();
    const users = [market.supplier.principal.id, market.moe.principal.id, market.moa.principal.id];

    const projetSha = await storedSha(invoiceId, "FACTURX_PDF");
    for (const userId of users) {
      const detail = await getWorksDocument({ userId, invoiceId });
      expect(detail.documents.map((document) => document.kind).sort()).toEqual(["CII_XML", "FACTURX_PDF"]);
      expect(detail.attachments).toEqual([]);
      const pdf = await getWorksDocumentFile({ userId, invoiceId, file: { documentSlug: "facturx-pdf" } });
      expect(pdf).toMatchObject({ fileName: `${number}.pdf`, mimeType: "application/pdf" });
      expect(sha256(pdf.content)).toBe(projetSha);
      const xml = await getWorksDocumentFile({ userId, invoiceId, file: { documentSlug: "xml" } });
      expect(xml.mimeType).toBe("application/xml");
      expect(sha256(xml.content)).toBe(await storedSha(invoiceId, "CII_XML"));
    }

    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: { worksToDate: "35000", comment: "Lot 2 non achevé." } });
    const etatSha = await storedSha(invoiceId, "FACTURX_PDF");
    expect(etatSha).not.toBe(projetSha);
    for (const userId of users) {
      const detail = await getWorksDocument({ userId, invoiceId });
      expect(detail.documentType).toBe("ETAT_ACOMPTE");
      expect(detail.attachments).toEqual([expect.objectContaining({ type: "Projet de décompte du fournisseur", extension: "pdf" })]);
      const etat = await getWorksDocumentFile({ userId, invoiceId, file: { documentSlug: "facturx-pdf" } });
      expect(sha256(etat.content)).toBe(etatSha);
      const projet = await getWorksDocumentFile({ userId, invoiceId, file: { attachmentId: detail.attachments[0].id } });
      expect(sha256(projet.content)).toBe(projetSha);
    }
  });

  it("are not found by another structure's users, nor under an unknown name or another document's attachment", async () => {
    const market = await createWorksMarket();
    const stranger = await createWorksMarket();
    const { invoiceId } = await market.submit();
    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {} });
    const [projet] = (await getWorksDocument({ userId: market.moa.principal.id, invoiceId })).attachments;

    for (const userId of [stranger.supplier.principal.id, stranger.moe.principal.id, stranger.moa.principal.id]) {
      expect(await code(getWorksDocumentFile({ userId, invoiceId, file: { documentSlug: "facturx-pdf" } }))).toBe("NOT_FOUND");
      expect(await code(getWorksDocumentFile({ userId, invoiceId, file: { attachmentId: projet.id } }))).toBe("NOT_FOUND");
    }
    expect(await code(getWorksDocumentFile({ userId: market.moe.principal.id, invoiceId, file: { documentSlug: "inconnu" } }))).toBe("NOT_FOUND");
    // An attachment id of one document asked under another the user reaches: not found either.
    const other = await market.submit({ worksToDate: "60000", documentDate: "2026-12-31" });
    expect(await code(getWorksDocumentFile({ userId: market.supplier.principal.id, invoiceId: other.invoiceId, file: { attachmentId: projet.id } }))).toBe("NOT_FOUND");
  });
});
