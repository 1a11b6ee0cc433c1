// The « Liste fiscale » as a PDF/A-3B, drawn with einvoice's PDF/A toolkit (the same embedded fonts and page layout as
// the Factur-X and the deposit receipt): the supplier, its billing mandate(s), the period, the date of edition, the
// invoices with each one's SHA-256 fingerprint, and the totals per VAT rate and overall. Pure: bytes in memory.
import { createPdfADocument, finishPdfA, formatAmount, PdfCursor, savePdfA } from "@/features/einvoice/index.ts";
import { formatDay } from "@/features/invoices/common/ui.ts";
import { editionSentence, periodSentence, type FiscalPeriod } from "./fiscal-period.ts";
import { typeLabel, type FiscalListRow } from "./fiscal-list-row.ts";
import type { CurrencyTotals } from "./fiscal-totals.ts";

export type FiscalListPdfInput = {
  supplier: { raisonSociale: string; identifier: string };
  /** The mandates the listed invoices were issued under, as "libellé (signé le …)". */
  mandates: string[];
  period: FiscalPeriod;
  rows: readonly FiscalListRow[];
  totals: CurrencyTotals[];
  editedAt: Date;
};

const amount = (value: string) => formatAmount(value);
const rateLabel = (rate: string) => `${rate.replace(".", ",")} %`;

// Column widths add up to the content width (515 points).
const ROW_COLUMNS = [
  { title: "Numéro", width: 62 },
  { title: "Date", width: 44 },
  { title: "Destinataire", width: 86 },
  { title: "Type", width: 34 },
  { title: "HT", width: 52, align: "right" as const },
  { title: "TVA", width: 46, align: "right" as const },
  { title: "TTC", width: 54, align: "right" as const },
  { title: "Mandat", width: 55 },
  { title: "Empreinte SHA-256", width: 82 },
];

const TOTAL_COLUMNS = [
  { title: "Taux de TVA", width: 115 },
  { title: "Base HT", width: 130, align: "right" as const },
  { title: "Montant TVA", width: 130, align: "right" as const },
  { title: "Montant TTC", width: 140, align: "right" as const },
];

export async function createFiscalListPdf(input: FiscalListPdfInput): Promise<Uint8Array> {
  const { doc, fonts } = await createPdfADocument();
  const cursor = new PdfCursor(doc, fonts);
  const regular = { font: fonts.regular, size: 10 };

  cursor.paragraph("Liste fiscale", { font: fonts.bold, size: 20 });
  cursor.moveDown(4);
  cursor.paragraph(
    "Factures émises par le portail de facturation électronique au nom et pour le compte du fournisseur, en vertu de son mandat de facturation (article 289, I-2 du Code général des impôts).",
    regular,
  );
  cursor.moveDown(4);
  for (const line of [
    `Fournisseur : ${input.supplier.raisonSociale} (${input.supplier.identifier})`,
    `Mandat de facturation : ${input.mandates.length > 0 ? input.mandates.join(" ; ") : "aucun (structure publique : factures émises en son nom propre)"}`,
    periodSentence(input.period),
    editionSentence(input.editedAt),
  ]) {
    cursor.paragraph(line, regular);
  }

  cursor.heading(`Factures (${input.rows.length})`);
  if (input.rows.length === 0) cursor.paragraph("Aucune facture émise sur la période.", regular);
  else {
    cursor.table(
      ROW_COLUMNS,
      input.rows.map((row) => [
        row.number,
        formatDay(row.sentAt),
        `${row.recipientName} (${row.recipientIdentifier})`,
        typeLabel(row.type),
        amount(row.totalNet),
        amount(row.totalVat),
        `${amount(row.totalGross)} ${row.currency}`,
        row.mandate?.libelle ?? "—",
        row.sha256,
      ]),
      6.5,
    );
  }

  for (const block of input.totals) {
    cursor.heading(`Totaux en ${block.currency} (${block.invoiceCount} document(s), dont ${block.creditNoteCount} avoir(s) comptés en négatif)`);
    cursor.table(TOTAL_COLUMNS, [
      ...block.byRate.map((rate) => [rateLabel(rate.rate), amount(rate.taxableAmount), amount(rate.taxAmount), amount(rate.grossAmount)]),
      ["Total général", amount(block.totalNet), amount(block.totalVat), amount(block.totalGross)],
    ], 8.5);
  }

  cursor.moveDown(6);
  cursor.paragraph(
    "L'empreinte SHA-256 identifie octet par octet la facture (PDF Factur-X) conservée par le portail au dépôt : tout fichier dont l'empreinte diffère n'est pas la facture émise.",
    { font: fonts.regular, size: 8 },
  );
  cursor.numberPages(`Liste fiscale — ${input.supplier.raisonSociale} — ${input.period.from} au ${input.period.to}`);

  finishPdfA(doc, {
    title: `Liste fiscale — ${input.supplier.raisonSociale} — ${periodSentence(input.period)}`,
    author: "Portail de facturation électronique",
    subject: `Factures émises sous mandat de facturation, ${periodSentence(input.period)}`,
    date: input.editedAt,
  });
  return savePdfA(doc);
}
