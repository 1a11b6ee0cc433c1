// The legal document of a works statement: its Factur-X (PDF/A-3 with its CII XML), written by the portal's one
// writer from the one EN 16931 mapping of an invoice, with the works document's type (BT-3: 875, 876 or 877), its
// cadre (BT-23), its marché (BT-12) and engagement (BT-13), and the previous statement of the marché (BG-3) — for the
// MOE's état d'acompte, also the supplier's projet de décompte it admits (BG-3). It must pass the validator the portal
// applies to deposited files; a failure is the portal's bug (CONFLICT).
import { createHash } from "node:crypto";
import { createFacturXPdf, fatalFindings, parseXml, readCii, validateEInvoice, type EInvoice } from "@/features/einvoice/index.ts";
import type { WorksDocumentType } from "@/generated/prisma/enums.ts";
import { toEInvoice, type InvoiceFormValues, type PayeeAccount } from "@/features/invoices/common/index.ts";
import { AppError } from "@/server/errors.ts";
import { TYPE_CODE_OF_DOCUMENT, WORKS_DOCUMENT_TYPE_LABELS, type WorksCadreCode } from "../rules/works-cadres.ts";
import type { WorksLine } from "../rules/works-lines.ts";

type PartyStructure = Parameters<typeof toEInvoice>[0]["recipient"];

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export type WorksFacturXSource = {
  number: string;
  documentDate: string;
  cadre: WorksCadreCode;
  documentType: WorksDocumentType;
  marketNumber: string;
  engagementNumber?: string | null;
  comment?: string | null;
  lines: WorksLine[];
  supplier: PartyStructure;
  account: PayeeAccount | null;
  moa: PartyStructure;
  moaService: { code: string } | null;
  previous: { number: string; issueDate?: string } | null;
  /** The MOE's état d'acompte: the supplier's projet de décompte it was drawn from (its number and date). */
  projetDeDecompte?: { number: string; issueDate?: string } | null;
};

export type StoredDocument = { kind: "FACTURX_PDF" | "CII_XML"; fileName: string; mimeType: string; sha256: string; content: Uint8Array };

/** The EN 16931 model of the statement. */
export function worksEInvoice(source: WorksFacturXSource): EInvoice {
  // The one mapping of an invoice entered in the portal (parties, payment, VAT, totals), fed with the statement's lines.
  const invoice = {
    supplierStructureId: "",
    recipientIsState: false,
    cadre: "A1",
    currency: "EUR",
    type: "FACTURE",
    vatRegime: "DEBITS",
    marketNumber: source.marketNumber,
    engagementNumber: source.engagementNumber ?? undefined,
    downPaymentInvoiceIds: [],
    paymentMode: "VIREMENT",
    invoiceNumber: source.number,
    invoiceDate: source.documentDate,
    comment: source.comment ?? undefined,
    lines: source.lines.map((line) => ({ denomination: line.denomination, quantity: line.quantity, unit: line.unit, unitPriceNet: line.unitPriceNet, vatRate: line.vatRate })),
  } as unknown as InvoiceFormValues;
  const supplier = { ...source.supplier, iban: source.account?.iban, bic: source.account?.bic, payeeName: source.account?.affactureur ? source.account.titulaire : null };
  const preceding = [source.projetDeDecompte, source.previous]
    .filter((reference): reference is { number: string; issueDate?: string } => Boolean(reference))
    .map((reference) => ({ number: reference.number, issueDate: reference.issueDate }));
  const base = toEInvoice({ number: source.number, invoice, supplier, recipient: source.moa, recipientService: source.moaService });
  return {
    ...base,
    typeCode: TYPE_CODE_OF_DOCUMENT[source.documentType],
    businessProcess: source.cadre,
    precedingInvoices: preceding.length > 0 ? preceding : undefined,
  };
}

/** The Factur-X PDF and its XML, checked by the EN 16931 validator. */
export async function worksFacturX(source: WorksFacturXSource): Promise<{ documents: StoredDocument[]; einvoice: EInvoice }> {
  const einvoice = worksEInvoice(source);
  const { pdf, xml } = await createFacturXPdf(einvoice, { documentTitle: `${WORKS_DOCUMENT_TYPE_LABELS[source.documentType]} ${source.number}` });
  const read = readCii(parseXml(xml));
  const fatal = fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax));
  if (fatal.length > 0) {
    throw new AppError("CONFLICT", `Le document produit n'est pas conforme à la norme EN 16931 : ${fatal.map((finding) => `[${finding.rule}] ${finding.message}`).join(" ")}`);
  }
  const xmlBytes = new TextEncoder().encode(xml);
  return {
    einvoice,
    documents: [
      { kind: "FACTURX_PDF", fileName: `${source.number}.pdf`, mimeType: "application/pdf", sha256: sha256(pdf), content: pdf },
      { kind: "CII_XML", fileName: `${source.number}.xml`, mimeType: "application/xml", sha256: sha256(xmlBytes), content: xmlBytes },
    ],
  };
}
