// The "Accusé de dépôt" of an invoice: what was deposited, when, by whom for whom, and the SHA-256 fingerprint
// of the exact document bytes, so anyone can later check the document is the one deposited. PDF/A-3B too, drawn
// with einvoice's PDF/A toolkit (the same fonts and page layout as the Factur-X).
import { createPdfADocument, finishPdfA, formatAmount, PdfCursor, savePdfA } from "@/features/einvoice/index.ts";

export type DepositReceiptInput = {
  invoiceNumber: string;
  typeLabel: string;
  supplierName: string;
  supplierIdentifier: string;
  recipientName: string;
  recipientIdentifier: string;
  depositedAt: Date;
  amountDue: string;
  currency: string;
  documentFileName: string;
  sha256: string;
};

/** The deposit instant in French civil time (the portal's users are in France), to the second. */
const depositTime = (date: Date) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "medium", timeZone: "Europe/Paris" }).format(date);

export async function createDepositReceiptPdf(input: DepositReceiptInput): Promise<Uint8Array> {
  const { doc, fonts } = await createPdfADocument();
  const cursor = new PdfCursor(doc, fonts);
  const regular = { font: fonts.regular, size: 10 };
  const bold = { font: fonts.bold, size: 10 };

  cursor.paragraph("Accusé de dépôt", { font: fonts.bold, size: 20 });
  cursor.moveDown(6);
  cursor.paragraph(
    `Le portail de facturation électronique atteste avoir reçu le ${depositTime(input.depositedAt)} (heure de Paris) le document décrit ci-dessous.`,
    regular,
  );

  cursor.heading("Document déposé");
  for (const line of [
    `${input.typeLabel} N° ${input.invoiceNumber}`,
    `Fournisseur : ${input.supplierName} (${input.supplierIdentifier})`,
    `Destinataire : ${input.recipientName} (${input.recipientIdentifier})`,
    `Net à payer : ${formatAmount(input.amountDue)} ${input.currency}`,
    `Fichier : ${input.documentFileName}`,
  ]) {
    cursor.paragraph(line, regular);
  }

  cursor.heading("Empreinte du document");
  cursor.paragraph(`Empreinte SHA-256 : ${input.sha256}`, bold);
  cursor.moveDown(4);
  cursor.paragraph(
    "Cette empreinte identifie le fichier déposé octet par octet : tout fichier dont l'empreinte SHA-256 diffère n'est pas le document déposé.",
    { font: fonts.regular, size: 8.5 },
  );
  cursor.numberPages(`Accusé de dépôt — ${input.typeLabel} N° ${input.invoiceNumber}`);

  finishPdfA(doc, {
    title: `Accusé de dépôt — ${input.typeLabel} ${input.invoiceNumber}`,
    author: "Portail de facturation électronique",
    subject: `Accusé de dépôt de ${input.documentFileName}, empreinte SHA-256 ${input.sha256}`,
    date: input.depositedAt,
  });
  return savePdfA(doc);
}
