// BR-FR rules on codes and dates: the years of the dates (BR-FR-03), the document type (BR-FR-04), the billing
// framework (BR-FR-08), VAT categories and rates (BR-FR-15, 16), the codes of attachments (BR-FR-17, 18). Warnings.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import { normalizeSpace, rec, records } from "./core-support.ts";
import { FR_ATTACHMENT_CODES, FR_BILLING_MODES, FR_DOCUMENT_TYPES, FR_VAT_CATEGORIES, frWarning, isChorusProCadre, isFrenchRate, isReformDate } from "./fr-support.ts";

/** Every date of the invoice BR-FR-03 looks at, with its business term. */
function datesOf(invoice: ReadEInvoice): [unknown, string][] {
  const period = rec(invoice.invoicingPeriod);
  return [
    [invoice.issueDate, "BT-2"],
    [invoice.taxPointDate, "BT-7"],
    [invoice.dueDate, "BT-9"],
    ...records(invoice.precedingInvoices).map((preceding, index): [unknown, string] => [preceding.issueDate, `BG-3[${index + 1}]/BT-26`]),
    [rec(invoice.delivery)?.date, "BT-72"],
    [period?.start, "BT-73"],
    [period?.end, "BT-74"],
    ...records(invoice.lines).flatMap((line, index): [unknown, string][] => [
      [rec(line.period)?.start, `BG-25[${index + 1}]/BT-134`],
      [rec(line.period)?.end, `BG-25[${index + 1}]/BT-135`],
    ]),
  ];
}

function dateFindings(invoice: ReadEInvoice): Finding[] {
  return datesOf(invoice)
    .filter(([value]) => typeof value === "string" && value.trim() !== "" && !isReformDate(value))
    .map(([value, location]) => frWarning("BR-FR-03", `La date ${location} doit exister et tomber entre les années 2000 et 2099 : « ${String(value)} ».`, location));
}

/** BR-FR-15 and BR-FR-16 on one VAT category and rate. */
function vatFindings(category: unknown, rate: unknown, location: string, rateLocation: string): Finding[] {
  const findings: Finding[] = [];
  const code = normalizeSpace(category);
  if (code !== "" && !FR_VAT_CATEGORIES.includes(code)) {
    const why = code === "L" || code === "M" ? "les catégories L et M (Canaries, Ceuta et Melilla) ne concernent pas la France" : `les catégories admises sont ${FR_VAT_CATEGORIES.join(", ")}`;
    findings.push(frWarning("BR-FR-15", `La catégorie de TVA ${location} vaut « ${code} » : ${why}.`, location));
  }
  if (!isFrenchRate(rate)) findings.push(frWarning("BR-FR-16", `Le taux de TVA ${rateLocation} (« ${String(rate)} ») n'est pas un taux de TVA français.`, rateLocation));
  return findings;
}

export function frCodeFindings(invoice: ReadEInvoice): Finding[] {
  const findings = dateFindings(invoice);
  const typeCode = normalizeSpace(invoice.typeCode);
  if (typeCode !== "" && !FR_DOCUMENT_TYPES.includes(typeCode)) {
    findings.push(frWarning("BR-FR-04", `Le type de document (BT-3) « ${typeCode} » n'est pas admis ; les types admis sont ${FR_DOCUMENT_TYPES.join(", ")}.`, "BT-3"));
  }
  const billingMode = normalizeSpace(invoice.businessProcess);
  if (billingMode !== "" && !FR_BILLING_MODES.includes(billingMode) && !isChorusProCadre(billingMode)) {
    findings.push(frWarning("BR-FR-08", `Le cadre de facturation (BT-23) « ${billingMode} » n'est pas admis ; les cadres admis sont ${FR_BILLING_MODES.join(", ")}.`, "BT-23"));
  }
  records(invoice.allowancesCharges).forEach((item, index) => {
    const group = item.charge === true ? "BG-21" : "BG-20";
    findings.push(...vatFindings(item.vatCategory, item.vatRate, `${group}[${index + 1}]/${item.charge === true ? "BT-102" : "BT-95"}`, `${group}[${index + 1}]/${item.charge === true ? "BT-103" : "BT-96"}`));
  });
  records(invoice.vatBreakdown).forEach((breakdown, index) => findings.push(...vatFindings(breakdown.category, breakdown.rate, `BG-23[${index + 1}]/BT-118`, `BG-23[${index + 1}]/BT-119`)));
  records(invoice.lines).forEach((line, index) => findings.push(...vatFindings(line.vatCategory, line.vatRate, `BG-25[${index + 1}]/BT-151`, `BG-25[${index + 1}]/BT-152`)));
  const attachments = records(invoice.attachments);
  attachments.forEach((attachment, index) => {
    const code = normalizeSpace(attachment.description);
    if (code !== "" && !FR_ATTACHMENT_CODES.includes(code)) {
      findings.push(frWarning("BR-FR-17", `La description d'une pièce jointe (BT-123) doit être l'un des codes ${FR_ATTACHMENT_CODES.join(", ")} : « ${code} ».`, `BG-24[${index + 1}]/BT-123`));
    }
  });
  if (attachments.filter((attachment) => normalizeSpace(attachment.description) === "LISIBLE").length > 1) {
    findings.push(frWarning("BR-FR-18", "Une seule pièce jointe peut être décrite « LISIBLE » (BT-123) : la représentation lisible de la facture.", "BG-24"));
  }
  return findings;
}
