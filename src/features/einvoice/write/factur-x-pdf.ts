// The legal document of an invoice sent: a readable A4 PDF of the invoice (in French) that is a Factur-X file,
// i.e. PDF/A-3B with the EN 16931 CII XML attached as factur-x.xml (relationship Data) and declared in the XMP.
import { AFRelationship } from "pdf-lib";
import { writeCii } from "./cii-writer.ts";
import type { EInvoice, EParty, VatCategory } from "../model/einvoice.ts";
import { createPdfADocument, finishPdfA, savePdfA, type PdfFonts } from "./pdf-a.ts";
import { CONTENT_WIDTH, MARGIN, PdfCursor, type Column } from "./pdf-layout.ts";
import { unitLabel } from "../model/code-lists/unit-labels.ts";
import { formatAmount } from "./format-amount.ts";

export const FACTUR_X_FILE_NAME = "factur-x.xml";
export const FACTUR_X_CONFORMANCE_LEVEL = "EN 16931";

/** UNTDID 4461 payment means, as the portal names them. */
const PAYMENT_MEANS: Record<string, string> = {
  "1": "Non défini",
  "10": "Espèces",
  "20": "Chèque",
  "30": "Virement",
  "31": "Virement",
  "42": "Virement",
  "49": "Prélèvement",
  "57": "Ordre permanent",
  "58": "Virement SEPA",
  "59": "Prélèvement SEPA",
};

const VAT_POINT: Record<NonNullable<EInvoice["vatPointDateCode"]>, string> = {
  "3": "TVA sur les débits",
  "35": "TVA à la livraison",
  "432": "TVA sur les encaissements",
};

const VAT_CATEGORY: Record<VatCategory, string> = {
  S: "Taux normal",
  Z: "Taux zéro",
  E: "Exonéré",
  AE: "Autoliquidation",
  K: "Livraison intracommunautaire",
  G: "Exportation hors UE",
  O: "Hors champ de la TVA",
  L: "IGIC (Canaries)",
  M: "IPSI (Ceuta et Melilla)",
};

const LINE_COLUMNS: Column[] = [
  { title: "N°", width: 24 },
  { title: "Référence", width: 55 },
  { title: "Dénomination", width: 136 },
  { title: "Quantité", width: 50, align: "right" },
  { title: "Unité", width: 42 },
  { title: "Prix unitaire HT", width: 58, align: "right" },
  { title: "Remise HT", width: 48, align: "right" },
  { title: "Taux TVA", width: 40, align: "right" },
  { title: "Montant HT", width: 62.28, align: "right" },
];

const VAT_COLUMNS: Column[] = [
  { title: "Taux TVA", width: 70, align: "right" },
  { title: "Catégorie", width: 175 },
  { title: "Montant HT", width: 135, align: "right" },
  { title: "Montant TVA", width: 135.28, align: "right" },
];

/** "2025-03-14" → "14/03/2025". */
const frenchDate = (isoDate: string) => isoDate.split("-").reverse().join("/");

/** A decimal string shown with the digits it carries ("4" → "4", "1.250" → "1,25"), at least `minimum` of them. */
function frenchDecimal(value: string, minimum = 0): string {
  const digits = (value.split(".")[1] ?? "").replace(/0+$/, "").length;
  return formatAmount(value, Math.max(digits, minimum));
}

const isZero = (value: string) => /^[-+]?0*\.?0*$/.test(value.trim());

const rate = (value: string | undefined) => (value === undefined ? "" : `${frenchDecimal(value)} %`);

function partyLines(party: EParty): string[] {
  const identifiers = [
    party.legalId && `${party.legalId.scheme === "0009" ? "SIRET" : "Identifiant légal"} : ${party.legalId.id}`,
    ...(party.ids ?? []).map((id) => `Identifiant : ${id.id}`),
    party.vatId && `N° TVA intracommunautaire : ${party.vatId}`,
  ];
  const address = party.address;
  const cityLine = [address.postCode, address.city].filter(Boolean).join(" ");
  return [
    party.name,
    party.tradingName,
    ...identifiers,
    address.line1,
    address.line2,
    address.line3,
    cityLine,
    address.countryCode !== "FR" ? address.countryCode : undefined,
    party.electronicAddress && `Adresse électronique : ${party.electronicAddress.id}`,
    party.contact?.name && `Contact : ${party.contact.name}`,
    party.contact?.email,
    party.contact?.phone,
  ].filter((line): line is string => Boolean(line));
}

function referenceLines(invoice: EInvoice): string[] {
  return [
    invoice.purchaseOrderReference && `Numéro d'engagement : ${invoice.purchaseOrderReference}`,
    invoice.contractReference && `N° du marché : ${invoice.contractReference}`,
    invoice.buyerReference && `Service : ${invoice.buyerReference}`,
    invoice.projectReference && `Projet : ${invoice.projectReference}`,
    ...(invoice.precedingInvoices ?? []).map(
      // BG-3 names the invoice a credit note corrects, or the prepayment invoices a final invoice deducts.
      (preceding) => `${invoice.typeCode === "381" ? "Facture d'origine" : "Facture d'acompte déduite"} : ${preceding.number}${preceding.issueDate ? ` du ${frenchDate(preceding.issueDate)}` : ""}`,
    ),
    invoice.businessProcess && `Cadre de facturation : ${invoice.businessProcess}`,
    `Devise : ${invoice.currency}`,
    invoice.vatPointDateCode && `Type de TVA : ${VAT_POINT[invoice.vatPointDateCode]}`,
  ].filter((line): line is string => Boolean(line));
}

function lineRows(invoice: EInvoice): string[][] {
  return invoice.lines.map((line) => {
    const discount = (line.allowances ?? []).filter((allowance) => !allowance.charge).map((allowance) => allowance.amount);
    return [
      line.id,
      line.sellerItemId ?? "",
      line.description ? `${line.name} — ${line.description}` : line.name,
      frenchDecimal(line.quantity),
      unitLabel(line.unitCode),
      frenchDecimal(line.netPrice, 2),
      discount.length ? discount.map((amount) => formatAmount(amount)).join(" + ") : "",
      line.vatRate !== undefined ? rate(line.vatRate) : line.vatCategory,
      formatAmount(line.lineNet),
    ];
  });
}

function drawTotals(cursor: PdfCursor, invoice: EInvoice, fonts: PdfFonts): void {
  const currency = invoice.currency === "EUR" ? "€" : invoice.currency;
  const totals = invoice.totals;
  const rows: [string, string | undefined, boolean?][] = [
    ["Total des lignes HT", totals.lineNetTotal !== totals.taxExclusive ? totals.lineNetTotal : undefined],
    ["Remises globales HT", totals.allowanceTotal],
    ["Charges globales HT", totals.chargeTotal],
    ["Montant HT", totals.taxExclusive],
    ["Montant TVA", totals.taxTotal ?? "0"],
    ["Montant TTC", totals.taxInclusive],
    ["Montant déjà payé", totals.prepaid && !isZero(totals.prepaid) ? totals.prepaid : undefined],
    ["Arrondi", totals.rounding],
    ["Net à payer", totals.amountDue, true],
  ];
  const labelX = MARGIN + CONTENT_WIDTH - 260;
  for (const [label, value, strong] of rows) {
    if (value === undefined) continue;
    const style = { font: strong ? fonts.bold : fonts.regular, size: strong ? 10.5 : 9.5 };
    const text = `${formatAmount(value)} ${currency}`;
    cursor.ensureSpace(16);
    cursor.drawText(label, labelX, cursor.y - style.size, style);
    cursor.drawText(text, MARGIN + CONTENT_WIDTH - 3 - style.font.widthOfTextAtSize(text, style.size), cursor.y - style.size, style);
    cursor.moveDown(style.size * 1.6);
  }
}

function paymentLines(invoice: EInvoice): string[] {
  const payment = invoice.payment;
  const lines: string[] = [];
  if (payment) {
    // BT-82 first: the mode in the supplier's words (a transfer without an account is code 1, "Virement").
    lines.push(`Mode de règlement : ${payment.meansText || PAYMENT_MEANS[payment.meansCode] || payment.meansCode}`);
    for (const account of payment.accounts ?? []) {
      lines.push(`IBAN : ${account.iban}${account.bic ? ` — BIC : ${account.bic}` : ""}${account.name ? ` — Titulaire : ${account.name}` : ""}`);
    }
    if (payment.terms) lines.push(`Conditions de paiement : ${payment.terms}`);
  }
  if (invoice.dueDate) lines.push(`Date d'échéance : ${frenchDate(invoice.dueDate)}`);
  if (invoice.payee) lines.push(`Bénéficiaire du paiement (factor) : ${invoice.payee.name}`);
  return lines;
}

/** The title printed on the document, by its type (BT-3). */
const DOCUMENT_TITLES: Record<string, string> = { "380": "FACTURE", "381": "AVOIR", "386": "FACTURE D'ACOMPTE", "875": "SITUATION DE TRAVAUX", "876": "PROJET DE DÉCOMPTE FINAL", "877": "DÉCOMPTE GÉNÉRAL ET DÉFINITIF" };

export async function createFacturXPdf(invoice: EInvoice, options: { documentTitle?: string } = {}): Promise<{ pdf: Uint8Array; xml: string }> {
  const xml = writeCii(invoice);
  const { doc, fonts } = await createPdfADocument();
  const kind = DOCUMENT_TITLES[invoice.typeCode] ?? "FACTURE";
  const cursor = new PdfCursor(doc, fonts);
  const regular = { font: fonts.regular, size: 9 };

  cursor.paragraph(kind, { font: fonts.bold, size: 20 });
  cursor.moveDown(2);
  cursor.paragraph(`N° ${invoice.number} du ${frenchDate(invoice.issueDate)}`, { font: fonts.bold, size: 11 });
  cursor.moveDown(10);
  cursor.columns([
    { title: "Fournisseur", lines: partyLines(invoice.seller) },
    { title: "Destinataire", lines: partyLines(invoice.buyer) },
  ]);

  cursor.heading("Références");
  for (const line of referenceLines(invoice)) cursor.paragraph(line, regular);

  cursor.heading("Lignes de facture");
  cursor.table(LINE_COLUMNS, lineRows(invoice));

  cursor.heading("Récapitulatif TVA");
  cursor.table(
    VAT_COLUMNS,
    invoice.vatBreakdown.map((row) => [
      rate(row.rate),
      [VAT_CATEGORY[row.category], row.exemptionReason].filter(Boolean).join(" : "),
      formatAmount(row.taxableAmount),
      formatAmount(row.taxAmount),
    ]),
    8.5,
  );

  cursor.heading("Montants totaux");
  drawTotals(cursor, invoice, fonts);

  const payment = paymentLines(invoice);
  if (payment.length) {
    cursor.heading("Règlement");
    for (const line of payment) cursor.paragraph(line, regular);
  }
  if (invoice.notes?.length) {
    cursor.heading("Commentaire");
    for (const note of invoice.notes) cursor.paragraph(note, regular);
  }
  if (invoice.attachments?.length) {
    cursor.heading("Pièces jointes");
    for (const attachment of invoice.attachments) {
      cursor.paragraph([attachment.id, attachment.description, attachment.content?.fileName].filter(Boolean).join(" — "), regular);
    }
  }
  cursor.numberPages(`${kind === "AVOIR" ? "Avoir" : "Facture"} N° ${invoice.number} — ${invoice.seller.name}`);

  const now = new Date();
  await doc.attach(new TextEncoder().encode(xml), FACTUR_X_FILE_NAME, {
    mimeType: "text/xml",
    description: "Factur-X invoice",
    afRelationship: AFRelationship.Data,
    creationDate: now,
    modificationDate: now,
  });
  finishPdfA(doc, {
    title: options.documentTitle ?? `${kind === "AVOIR" ? "Avoir" : "Facture"} ${invoice.number}`,
    author: invoice.seller.name,
    subject: `${kind === "AVOIR" ? "Avoir" : "Facture"} N° ${invoice.number} de ${invoice.seller.name} à ${invoice.buyer.name}`,
    date: now,
    facturX: { documentFileName: FACTUR_X_FILE_NAME, conformanceLevel: FACTUR_X_CONFORMANCE_LEVEL },
  });
  return { pdf: await savePdfA(doc), xml };
}
