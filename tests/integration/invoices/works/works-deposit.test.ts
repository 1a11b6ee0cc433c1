// The dépôt of a works document with its file (issue 14): a PDF is kept as the document's legal document with the
// typed amounts; a Factur-X passes the EN 16931 validator, carries the cadre's BT-3 and the typed net and TTC; any
// other file, a file over 20 Mo, other amounts or another document type are refused on « file », nothing stored.
// Through the API, the same dépôt with `fichier` in base64.
import { PDFDocument, StandardFonts } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { InvoiceRulesError } from "@/features/invoices/common/index.ts";
import { submitWorksDocument, WORKS_FILE_MAX_BYTES, worksDocumentUploadSchema, type WorksDocumentInput } from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { apiClientFor } from "../../api/support/api-client.ts";
import { createWorksMarket } from "./works-fixtures.ts";

type Market = Awaited<ReturnType<typeof createWorksMarket>>;

/** A PDF without Factur-X data: the scan-like document of the statement. */
async function plainPdf(text: string) {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save();
}

/** The Factur-X the portal writes for a typed statement (W 40000, R 2000, 20 %: net 38000, TTC 45600) of another marché. */
async function facturXOfTypedStatement() {
  const other = await createWorksMarket();
  const typed = await other.submit();
  const document = await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId: typed.invoiceId, kind: "FACTURX_PDF" } } });
  return new Uint8Array(document.content);
}

const deposit = (market: Market, file: { name: string; bytes: Uint8Array }, overrides: Partial<WorksDocumentInput> = {}) =>
  submitWorksDocument({ userId: market.supplier.principal.id, input: market.input(overrides), file });

async function refusalOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvoiceRulesError);
  return (error as InvoiceRulesError).fieldErrors;
}

const storedFor = async (market: Market) => ({
  invoices: await db.invoice.count({ where: { supplierStructureId: market.supplier.structure.id } }),
  works: await db.worksDocument.count({ where: { supplierStructureId: market.supplier.structure.id } }),
});

let facturX: Uint8Array;
beforeAll(async () => {
  facturX = await facturXOfTypedStatement();
}, 60_000);

describe("a works document deposited with its file", () => {
  it("keeps a PDF as the legal document of a projet de décompte, with the typed amounts, at the MOE", async () => {
    const market = await createWorksMarket();
    const bytes = await plainPdf("Projet de décompte mensuel n° 1");
    const submitted = await deposit(market, { name: "decompte-novembre.pdf", bytes });
    expect(submitted).toMatchObject({ status: "MISE_A_DISPOSITION_MOE", statementNumber: 1, net: "38000.00", gross: "45600.00" });
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: submitted.invoiceId }, include: { attachments: true, documents: true } });
    expect(invoice.depositMode).toBe("PDF_NON_SIGNE");
    expect(invoice.totalNet.toFixed(2)).toBe("38000.00");
    expect(invoice.documents).toEqual([]);
    expect(invoice.attachments).toHaveLength(1);
    expect(invoice.attachments[0]).toMatchObject({ type: "Facture originale", mimeType: "application/pdf", extension: "pdf", size: bytes.length });
    expect(Buffer.from(invoice.attachments[0].content).equals(Buffer.from(bytes))).toBe(true);
    const works = await db.worksDocument.findUniqueOrThrow({ where: { invoiceId: submitted.invoiceId } });
    expect(works.worksToDate.toFixed(2)).toBe("40000.00");
    expect(works.moeDeadline).not.toBeNull();
  });

  it("accepts a Factur-X whose BT-3 and amounts are those of the typed document", async () => {
    const market = await createWorksMarket();
    const submitted = await deposit(market, { name: "pdm.pdf", bytes: facturX });
    expect(submitted.status).toBe("MISE_A_DISPOSITION_MOE");
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: submitted.invoiceId }, include: { attachments: true, documents: true } });
    expect(invoice.depositMode).toBe("XML_MIXTE");
    expect(invoice.documents).toEqual([]);
    expect(invoice.attachments.map((attachment) => attachment.type)).toEqual(["Facture originale"]);
    // The same file again, for another marché of the supplier with the same amounts, is a double facturation.
    const again = await refusalOf(deposit(market, { name: "pdm.pdf", bytes: facturX }, { marketNumber: `${market.marketNumber}-B` }));
    expect(again.file).toMatch(/déjà été déposé/);
  });

  it("refuses a Factur-X with other amounts, another document type, a file that is no invoice, a file over 20 Mo: nothing stored", async () => {
    const market = await createWorksMarket();
    expect((await refusalOf(deposit(market, { name: "pdm.pdf", bytes: facturX }, { worksToDate: "41000" }))).file).toMatch(
      /Les montants du fichier \(net HT 38000\.00, TTC 45600\.00\) diffèrent de ceux calculés des montants saisis \(net HT 39000,00 €, TTC 46800,00 €\)/,
    );
    // A7 is a projet de décompte final (876): the monthly statement's 875 does not fit it.
    expect((await refusalOf(deposit(market, { name: "pdm.pdf", bytes: facturX }, { cadre: "A7" }))).file).toMatch(/BT-3 875.*876/);
    expect((await refusalOf(deposit(market, { name: "photo.png", bytes: new TextEncoder().encode("ceci n'est pas une facture") }))).file).toBeTruthy();
    const oversized = new Uint8Array(WORKS_FILE_MAX_BYTES + 1);
    oversized.set(new TextEncoder().encode("%PDF-1.7\n"));
    expect((await refusalOf(deposit(market, { name: "gros.pdf", bytes: oversized }))).file).toMatch(/20 Mo/);
    expect(await storedFor(market)).toEqual({ invoices: 0, works: 0 });
  });

  it("the form's schema refuses a file over 20 Mo before anything is read, and takes an empty file input as no file", () => {
    const fields = { cadre: "A5", supplierStructureId: crypto.randomUUID(), moaStructureId: crypto.randomUUID(), marketNumber: "MT-1", number: "EA-1", documentDate: "2026-11-30", worksToDate: "10", vatRate: "20" };
    const big = worksDocumentUploadSchema.safeParse({ ...fields, file: new File([new Uint8Array(WORKS_FILE_MAX_BYTES + 1)], "gros.pdf") });
    expect(big.success).toBe(false);
    expect(big.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["file", "Le fichier dépasse 20 Mo : un document déposé fait au plus 20 Mo."]]);
    const none = worksDocumentUploadSchema.safeParse({ ...fields, file: new File([], "") });
    expect(none.success && none.data.file).toBeUndefined();
  });
});

describe("factures/travaux/soumettre with fichier", () => {
  beforeAll(async () => {
    await import("@/app/api/v1/factures/travaux/soumettre/route.ts");
  }, 60_000);

  it("deposits the document with its Factur-X in base64, and refuses one with other amounts on « fichier »", async () => {
    const market = await createWorksMarket();
    const { api } = await apiClientFor(market.supplier.structure.id, [{ espace: "FACTURES_TRAVAUX", modification: true }]);
    const fichier = Buffer.from(facturX).toString("base64");
    const refused = await api.POST("/factures/travaux/soumettre", { body: { ...market.input({ worksToDate: "41000" }), fichier, nomFichier: "pdm.pdf" } });
    expect(refused.response.status).toBe(422);
    expect(refused.error!.errors?.[0]?.path).toBe("fichier");
    expect(await storedFor(market)).toEqual({ invoices: 0, works: 0 });
    const nameless = await api.POST("/factures/travaux/soumettre", { body: { ...market.input(), fichier } });
    expect(nameless.response.status).toBe(422);

    const submitted = await api.POST("/factures/travaux/soumettre", { body: { ...market.input(), fichier, nomFichier: "pdm.pdf" } });
    expect(submitted.response.status, JSON.stringify(submitted.error)).toBe(201);
    expect(submitted.data).toMatchObject({ statut: { code: "MISE_A_DISPOSITION_MOE" }, montantNetHT: "38000.00", montantTTC: "45600.00" });
    const attachments = await db.invoiceAttachment.findMany({ where: { invoiceId: submitted.data!.idFactureTravaux } });
    expect(attachments.map((attachment) => attachment.sha256)).toHaveLength(1);
  });
});
