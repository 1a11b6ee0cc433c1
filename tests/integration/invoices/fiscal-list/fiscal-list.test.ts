// « Liste fiscale » on a real PostgreSQL, from invoices sent as the portal sends them (their Factur-X written and its
// SHA-256 kept): the rows and totals of a period (Paris days, avoirs negative), what it leaves out (drafts, invoices
// outside the period, a deposited invoice without the portal's Factur-X, another structure's), the CSV and PDF
// exports through their routes, and the API's operations; a foreign structure is not found everywhere.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getFiscalList } from "@/features/invoices/fiscal-list/index.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { saveInvoiceDraft } from "@/features/invoices/entry/use-cases/save-invoice-draft.ts";
import { GET as exportCsv } from "@/app/(portail)/factures-emises/liste-fiscale/export-csv/route.ts";
import { GET as exportPdf } from "@/app/(portail)/factures-emises/liste-fiscale/export-pdf/route.ts";
import { CSV_BOM } from "@/lib/csv.ts";
import { db } from "@/server/db.ts";
import { createInvoiceRecipients, createInvoiceSupplier, invoiceFormTo } from "../../factories.ts";
import { insertInvoice } from "../../support/insert-invoice.ts";
import { apiClientFor } from "../../api/support/api-client.ts";

const session = vi.hoisted(() => ({ userId: "" }));
vi.mock("@/server/auth/session.ts", () => ({ requireUser: async () => ({ id: session.userId, email: "", nom: "", prenom: "" }) }));

const MARCH_2026 = { periode: "mois", annee: "2026", mois: "3" };

/** The text of a PDF, every piece joined without spaces (a fingerprint is wrapped over several lines of its cell). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let text = "";
  for (let page = 1; page <= doc.numPages; page++) {
    const content = await (await doc.getPage(page)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join("");
  }
  await doc.destroy();
  return text.replace(/\s+/g, "");
}

const callRoute = (handler: typeof exportCsv, userId: string, query: Record<string, string>) => {
  session.userId = userId;
  return handler(new Request(`http://localhost/factures-emises/liste-fiscale/export?${new URLSearchParams(query)}`));
};

describe("Liste fiscale", () => {
  let supplier: Awaited<ReturnType<typeof createInvoiceSupplier>>;
  let other: Awaited<ReturnType<typeof createInvoiceSupplier>>;
  let invoice: { invoiceId: string; number: string };
  let avoir: { invoiceId: string; number: string };
  let april: { invoiceId: string; number: string };
  let otherInvoice: { invoiceId: string; number: string };
  let draftId: string;
  let depositedId: string;
  const sha = new Map<string, string>();

  beforeAll(async () => {
    supplier = await createInvoiceSupplier();
    other = await createInvoiceSupplier();
    const recipients = await createInvoiceRecipients();
    const recipient = { structureId: recipients.cotesDArmor.id, serviceId: recipients.cotesDArmorService.id };
    // The mandates were signed long before the invoices of the period.
    await db.mandate.updateMany({ where: { structureId: { in: [supplier.structure.id, other.structure.id] } }, data: { signedAt: new Date("2025-01-01T00:00:00Z") } });
    const send = (userId: string, structureId: string, overrides: Parameters<typeof invoiceFormTo>[2]) => sendInvoice({ userId, input: invoiceFormTo(structureId, recipient, overrides) });

    invoice = await send(supplier.principal.id, supplier.structure.id, {
      lines: [
        { denomination: "Pommes", quantity: "4", unit: "KGM", unitPriceNet: "2", vatRate: "5.5" },
        { denomination: "Livraison", quantity: "1", unit: "C62", unitPriceNet: "100", vatRate: "20" },
      ],
    });
    avoir = await send(supplier.principal.id, supplier.structure.id, {
      type: "AVOIR",
      originalInvoiceNumber: invoice.number,
      lines: [{ denomination: "Remboursement livraison", quantity: "1", unit: "C62", unitPriceNet: "50", vatRate: "20" }],
    });
    april = await send(supplier.principal.id, supplier.structure.id, {});
    otherInvoice = await send(other.principal.id, other.structure.id, {});
    draftId = (await saveInvoiceDraft({ userId: supplier.principal.id, input: invoiceFormTo(supplier.structure.id, recipient) })).invoiceId;
    // A PDF deposited: the supplier's own document, not one the portal wrote under the mandate.
    depositedId = (await insertInvoice(supplier, { number: "DEPOSE-1", status: "DEPOSEE", sentAt: new Date("2026-03-12T10:00:00Z"), totalGross: "999.00", recipientStructureId: recipient.structureId })).id;

    // The deposit dates, set where the period's edges are: 31 March 23:30 in Paris (summer time) is still March,
    // 1 April 00:30 is not.
    await db.invoice.update({ where: { id: invoice.invoiceId }, data: { sentAt: new Date("2026-03-10T10:00:00Z") } });
    await db.invoice.update({ where: { id: avoir.invoiceId }, data: { sentAt: new Date("2026-03-31T21:30:00Z") } });
    await db.invoice.update({ where: { id: april.invoiceId }, data: { sentAt: new Date("2026-03-31T22:30:00Z") } });
    await db.invoice.update({ where: { id: otherInvoice.invoiceId }, data: { sentAt: new Date("2026-03-15T10:00:00Z") } });
    for (const document of await db.invoiceDocument.findMany({ where: { kind: "FACTURX_PDF", invoiceId: { in: [invoice.invoiceId, avoir.invoiceId, april.invoiceId] } } })) {
      sha.set(document.invoiceId, createHash("sha256").update(document.content).digest("hex"));
    }
  }, 120_000);

  it("lists the invoices the portal issued in the period, oldest first, with the mandate and the fingerprint of the stored Factur-X", async () => {
    const list = await getFiscalList({ userId: supplier.principal.id, criteria: { structure: supplier.structure.id, ...MARCH_2026 } });
    expect(list.period).toEqual({ from: "2026-03-01", to: "2026-03-31", label: "mars 2026" });
    expect(list.rows.map((row) => row.invoiceId)).toEqual([invoice.invoiceId, avoir.invoiceId]);
    expect(list.total).toBe(2);
    expect(list.rows[0]).toMatchObject({ number: invoice.number, type: "FACTURE", totalNet: "108.00", totalVat: "20.44", totalGross: "128.44", mandate: { libelle: "MANDAT DE FACTURATION" } });
    expect(list.rows[1]).toMatchObject({ number: avoir.number, type: "AVOIR", totalNet: "-50.00", totalVat: "-10.00", totalGross: "-60.00" });
    for (const row of list.rows) expect(row.sha256).toBe(sha.get(row.invoiceId));
    expect(list.mandates).toEqual(["MANDAT DE FACTURATION (signé le 01/01/2025)"]);
  });

  it("totals per VAT rate and overall, the avoir deducted", async () => {
    const list = await getFiscalList({ userId: supplier.principal.id, criteria: { structure: supplier.structure.id, ...MARCH_2026 } });
    expect(list.totals).toEqual([
      {
        currency: "EUR",
        invoiceCount: 2,
        creditNoteCount: 1,
        byRate: [
          { rate: "5.5", taxableAmount: "8.00", taxAmount: "0.44", grossAmount: "8.44" },
          { rate: "20", taxableAmount: "50.00", taxAmount: "10.00", grossAmount: "60.00" },
        ],
        totalNet: "58.00",
        totalVat: "10.44",
        totalGross: "68.44",
      },
    ]);
  });

  it("leaves out drafts, deposited files, invoices outside the period and other structures' invoices", async () => {
    const list = await getFiscalList({ userId: supplier.principal.id, criteria: { structure: supplier.structure.id, periode: "annee", annee: "2026" } });
    const ids = list.rows.map((row) => row.invoiceId);
    expect(ids).toEqual([invoice.invoiceId, avoir.invoiceId, april.invoiceId]);
    expect(ids).not.toContain(draftId);
    expect(ids).not.toContain(depositedId);
    expect(ids).not.toContain(otherInvoice.invoiceId);
    const april2026 = await getFiscalList({ userId: supplier.principal.id, criteria: { structure: supplier.structure.id, periode: "dates", du: "2026-04-01", au: "2026-04-30" } });
    expect(april2026.rows.map((row) => row.invoiceId)).toEqual([april.invoiceId]);
    const before = await getFiscalList({ userId: supplier.principal.id, criteria: { structure: supplier.structure.id, periode: "trimestre", annee: "2025", trimestre: "4" } });
    expect(before).toMatchObject({ rows: [], total: 0, totals: [] });
  });

  it("is not found for a structure that is not the user's, and refuses a period out of bounds on its field", async () => {
    await expect(getFiscalList({ userId: other.principal.id, criteria: { structure: supplier.structure.id, ...MARCH_2026 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getFiscalList({ userId: supplier.principal.id, criteria: { structure: supplier.structure.id, periode: "dates", du: "2025-01-01", au: "2026-03-01" } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { au: expect.stringContaining("366 jours") },
    });
  });

  it("exports the CSV: French headers, « ; », the avoir negative with a decimal comma, the fingerprints", async () => {
    const response = await callRoute(exportCsv, supplier.principal.id, { structure: supplier.structure.id, ...MARCH_2026 });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("liste-fiscale-2026-03-01-au-2026-03-31.csv");
    // Read as bytes: Response.text() would drop the BOM.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Numéro;Date de facture;Date de dépôt;Destinataire;Identifiant du destinataire;Type;Montant HT;Montant TVA;Montant TTC;Devise;Mandat de facturation;Empreinte SHA-256");
    expect(lines).toHaveLength(3);
    expect(lines[1].split(";")).toEqual([invoice.number, "02/03/2026", "10/03/2026", "DEP COTES-D'ARMOR", expect.any(String), "Facture", "108,00", "20,44", "128,44", "EUR", "MANDAT DE FACTURATION", sha.get(invoice.invoiceId)]);
    expect(lines[2].split(";")).toEqual([avoir.number, "02/03/2026", "31/03/2026", "DEP COTES-D'ARMOR", expect.any(String), "Avoir", "-50,00", "-10,00", "-60,00", "EUR", "MANDAT DE FACTURATION", sha.get(avoir.invoiceId)]);
    expect((await callRoute(exportCsv, other.principal.id, { structure: supplier.structure.id, ...MARCH_2026 })).status).toBe(404);
  });

  it("exports the PDF: it parses, and holds the period, the supplier, the mandate, every fingerprint and the totals", async () => {
    const response = await callRoute(exportPdf, supplier.principal.id, { structure: supplier.structure.id, ...MARCH_2026 });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(bytes);
    expect(text).toContain("Listefiscale");
    expect(text).toContain("Périodedu01/03/2026au31/03/2026(mars2026)");
    expect(text).toContain(supplier.structure.raisonSociale.replace(/\s+/g, ""));
    expect(text).toContain("MANDATDEFACTURATION");
    expect(text).toMatch(/Éditéle\d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain(sha.get(invoice.invoiceId));
    expect(text).toContain(sha.get(avoir.invoiceId));
    expect(text).not.toContain(sha.get(april.invoiceId));
    expect(text).toContain("68,44");
    expect(text).toContain("-60,00");
    expect((await callRoute(exportPdf, other.principal.id, { structure: supplier.structure.id, ...MARCH_2026 })).status).toBe(404);
  });

  it("answers the same through the API: rows and totals as JSON, the CSV and the PDF as files; another structure's is not found", async () => {
    const reader = (await apiClientFor(supplier.structure.id, [{ espace: "FACTURES_EMISES", modification: false }])).api;
    const { data, response } = await reader.POST("/factures/rechercher/listeFiscale", { body: { idStructure: supplier.structure.id, periode: "mois", annee: 2026, mois: 3 } });
    expect(response.status).toBe(200);
    expect(data!.lignes.map((ligne) => [ligne.numeroFacture, ligne.montantTTC, ligne.empreinteSha256])).toEqual([
      [invoice.number, "128.44", sha.get(invoice.invoiceId)],
      [avoir.number, "-60.00", sha.get(avoir.invoiceId)],
    ]);
    expect(data!.totaux).toEqual([expect.objectContaining({ devise: "EUR", montantHT: "58.00", montantTVA: "10.44", montantTTC: "68.44", nombreAvoirs: 1 })]);
    expect(data!.periode).toEqual({ du: "2026-03-01", au: "2026-03-31", libelle: "mars 2026" });

    const csv = await reader.POST("/factures/telecharger/listeFiscale", { body: { idStructure: supplier.structure.id, periode: "mois", annee: 2026, mois: 3, format: "CSV" }, parseAs: "text" });
    expect(csv.response.status).toBe(200);
    expect(csv.data).toContain(`${avoir.number};02/03/2026;31/03/2026`);
    const pdf = await reader.POST("/factures/telecharger/listeFiscale", { body: { idStructure: supplier.structure.id, periode: "mois", annee: 2026, mois: 3, format: "PDF" }, parseAs: "arrayBuffer" });
    expect(pdf.response.headers.get("content-type")).toBe("application/pdf");
    expect(await pdfText(new Uint8Array(pdf.data as unknown as ArrayBuffer))).toContain(sha.get(avoir.invoiceId));

    const foreign = (await apiClientFor(other.structure.id, [{ espace: "FACTURES_EMISES", modification: false }])).api;
    const refused = await foreign.POST("/factures/rechercher/listeFiscale", { body: { idStructure: supplier.structure.id, periode: "mois", annee: 2026, mois: 3 } });
    expect(refused.response.status).toBe(404);
  });
});
