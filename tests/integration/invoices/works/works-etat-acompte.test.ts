// The MOE's état d'acompte as the legal document (issue 14): passed on by the MOE, a works statement's Factur-X is
// written again with the admitted amounts (BT-3 875, BG-3 the supplier's projet de décompte and the previous
// statement), validated, and is what the MOA's Factures reçues downloads; the supplier's projet de décompte stays
// stored as an attachment both sides download. Passed on by the platform after the MOE's deadline, nothing was
// admitted: the supplier's file stays the legal document.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fatalFindings, readInvoiceFile, validateEInvoice } from "@/features/einvoice/index.ts";
import { getInvoiceAttachment } from "@/features/invoices/entry/index.ts";
import { getReceivedInvoiceAttachment, getReceivedInvoiceDocument, getReceivedInvoiceFile } from "@/features/invoices/received/index.ts";
import { passOverdueWorksDocuments, passWorksDocumentToMoa } from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { createWorksMarket, routeAll, statusOf } from "./works-fixtures.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The invoice a downloaded file carries, with the validator's fatal findings. */
async function readFile(file: { fileName: string; content: Uint8Array }) {
  const read = await readInvoiceFile(file.content, { fileName: file.fileName });
  return { invoice: read.invoice, fatal: fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax)) };
}

const facturXOf = async (invoiceId: string) => (await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId, kind: "FACTURX_PDF" } } })).content;
const projetAttachments = (invoiceId: string) => db.invoiceAttachment.findMany({ where: { invoiceId, type: "Projet de décompte du fournisseur" }, select: { id: true, sha256: true } });

describe("the MOE's état d'acompte, written as a Factur-X when it passes the statement on", () => {
  it("carries the admitted net, VAT and gross, names the supplier's projet de décompte (BG-3), passes the validator, and is what the MOA downloads", async () => {
    const market = await createWorksMarket();
    const { invoiceId, number } = await market.submit({ engagementNumber: "EJ-7" });
    const projetBytes = await facturXOf(invoiceId);

    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: { worksToDate: "35000", comment: "Lot 2 non achevé au 30/11." }, now: new Date("2026-12-03T10:00:00Z") });
    await routeAll();
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");

    const downloaded = await getReceivedInvoiceFile({ userId: market.moa.principal.id, invoiceId });
    expect(downloaded.mimeType).toBe("application/pdf");
    expect(sha256(downloaded.content)).not.toBe(sha256(projetBytes));
    const { invoice, fatal } = await readFile(downloaded);
    expect(fatal).toEqual([]);
    expect(invoice).toMatchObject({ number, issueDate: "2026-12-03", typeCode: "875", businessProcess: "A4", contractReference: market.marketNumber, purchaseOrderReference: "EJ-7" });
    expect(invoice.totals).toMatchObject({ taxExclusive: "33000.00", taxTotal: "6600.00", taxInclusive: "39600.00", amountDue: "39600.00" });
    expect(invoice.precedingInvoices).toEqual([{ number, issueDate: "2026-11-30" }]);
    expect(invoice.notes).toContainEqual(expect.stringContaining("Lot 2 non achevé"));

    // Its XML, as the MOA downloads it on its own, is the same état d'acompte.
    const xml = await readFile(await getReceivedInvoiceDocument({ userId: market.moa.principal.id, invoiceId, kind: "CII_XML" }));
    expect(xml.fatal).toEqual([]);
    expect(xml.invoice.totals?.taxInclusive).toBe("39600.00");

    // The supplier's projet de décompte stays, as it was deposited, downloadable by the MOA and by the supplier.
    const [projet] = await projetAttachments(invoiceId);
    expect(projet.sha256).toBe(sha256(projetBytes));
    const byMoa = await getReceivedInvoiceAttachment({ userId: market.moa.principal.id, invoiceId, attachmentId: projet.id });
    const bySupplier = await getInvoiceAttachment({ userId: market.supplier.principal.id, invoiceId, attachmentId: projet.id });
    expect(sha256(byMoa.content)).toBe(sha256(projetBytes));
    expect(sha256(bySupplier.content)).toBe(sha256(projetBytes));
    const supplierFile = await readFile(byMoa);
    expect(supplierFile.invoice.totals?.taxInclusive).toBe("45600.00");
    expect(supplierFile.invoice.number).toBe(number);
  });

  it("the next statement's état d'acompte names its projet de décompte and the previous statement (BG-3); uncorrected, it carries the supplier's amounts", async () => {
    const market = await createWorksMarket();
    const first = await market.submit({ worksToDate: "40000", retention: "2000" });
    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId: first.invoiceId, input: { worksToDate: "35000", comment: "Lot 2 inachevé." } });
    const second = await market.submit({ worksToDate: "60000", retention: "1250", advanceRepayment: "1000", documentDate: "2026-12-31" });
    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId: second.invoiceId, input: {}, now: new Date("2027-01-05T09:00:00Z") });

    const { invoice, fatal } = await readFile({ fileName: `${second.number}.pdf`, content: await facturXOf(second.invoiceId) });
    expect(fatal).toEqual([]);
    expect(invoice.precedingInvoices).toEqual([
      { number: second.number, issueDate: "2026-12-31" },
      { number: first.number, issueDate: "2026-11-30" },
    ]);
    // 60 000 − 35 000 admitted before − 1 250 − 1 000 = 22 750 HT, 27 300 TTC: the supplier's own, admitted as they were.
    expect(invoice.totals).toMatchObject({ taxExclusive: "22750.00", taxInclusive: "27300.00" });
    expect(await projetAttachments(second.invoiceId)).toHaveLength(1);
  });

  it("passed on hors délai by the platform: no état d'acompte, the supplier's file stays the legal document the MOA downloads", async () => {
    const market = await createWorksMarket();
    const sentAt = new Date("2026-12-01T09:00:00Z");
    const { invoiceId } = await market.submit({}, sentAt);
    const projetBytes = await facturXOf(invoiceId);
    expect(await passOverdueWorksDocuments({ now: new Date(sentAt.getTime() + 7 * DAY_MS) })).toContain(invoiceId);
    await routeAll();

    const downloaded = await getReceivedInvoiceFile({ userId: market.moa.principal.id, invoiceId });
    expect(sha256(downloaded.content)).toBe(sha256(projetBytes));
    expect((await readFile(downloaded)).invoice.totals?.taxInclusive).toBe("45600.00");
    expect(await projetAttachments(invoiceId)).toEqual([]);
  });
});
