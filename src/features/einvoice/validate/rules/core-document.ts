// EN 16931 core rules on the invoice as a whole: its mandatory header terms (BR-01..05), at least one line (BR-16)
// and one VAT breakdown (BR-CO-18), the invoicing period (BR-29, BR-CO-19), the VAT point date (BR-CO-03), the tax
// currency total (BR-53), preceding invoices (BR-55) and supporting documents (BR-52).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { exists, fatal, filled, normalizeSpace, rec, records } from "./core-support.ts";

const MANDATORY_HEADER_TERMS = [
  { rule: "BR-01", term: "specificationId", location: "BT-24", message: "La facture doit comporter un identifiant de spécification (BT-24)." },
  { rule: "BR-02", term: "number", location: "BT-1", message: "La facture doit comporter un numéro de facture (BT-1)." },
  { rule: "BR-03", term: "issueDate", location: "BT-2", message: "La facture doit comporter une date d'émission (BT-2)." },
  { rule: "BR-04", term: "typeCode", location: "BT-3", message: "La facture doit comporter un code de type de facture (BT-3)." },
  { rule: "BR-05", term: "currency", location: "BT-5", message: "La facture doit comporter un code de devise de la facture (BT-5)." },
] as const;

/** A date as xs:date compares it ("YYYY-MM-DD", or CII's "YYYYMMDD"), or undefined when it is not one. */
export function comparableDate(value: unknown): string | undefined {
  const match = typeof value === "string" ? /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim()) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** BR-29 / BR-30: when both dates are given (and are dates), the end is not before the start. */
export function periodEndsBeforeStart(period: { start?: unknown; end?: unknown }): boolean {
  const start = comparableDate(period.start);
  const end = comparableDate(period.end);
  return start !== undefined && end !== undefined && end < start;
}

function headerFindings(invoice: ReadEInvoice): Finding[] {
  const findings: Finding[] = MANDATORY_HEADER_TERMS.filter(({ term }) => !filled(invoice[term])).map(({ rule, message, location }) =>
    fatal(rule, message, location),
  );
  if (records(invoice.lines).length === 0) {
    findings.push(fatal("BR-16", "La facture doit comporter au moins une ligne de facture (BG-25).", "BG-25"));
  }
  if (records(invoice.vatBreakdown).length === 0) {
    findings.push(fatal("BR-CO-18", "La facture doit comporter au moins une ventilation de TVA (BG-23).", "BG-23"));
  }
  if (exists(invoice.taxPointDate) && exists(invoice.vatPointDateCode)) {
    findings.push(
      fatal(
        "BR-CO-03",
        "La date d'exigibilité de la TVA (BT-7) et le code de date d'exigibilité de la TVA (BT-8) s'excluent mutuellement.",
        "BT-7",
      ),
    );
  }
  return findings;
}

function periodFindings(invoice: ReadEInvoice): Finding[] {
  const period = rec(invoice.invoicingPeriod);
  if (!period) return [];
  const findings: Finding[] = [];
  if (periodEndsBeforeStart(period)) {
    findings.push(
      fatal(
        "BR-29",
        "La date de fin de la période de facturation (BT-74) doit être postérieure ou égale à la date de début (BT-73).",
        "BG-14/BT-74",
      ),
    );
  }
  // The UBL binding accepts a period holding only the VAT point date code (BT-8 is written inside InvoicePeriod).
  if (!exists(period.start) && !exists(period.end) && !exists(invoice.vatPointDateCode)) {
    findings.push(
      fatal(
        "BR-CO-19",
        "Si la période de facturation (BG-14) est utilisée, sa date de début (BT-73) ou sa date de fin (BT-74) doit être renseignée, ou les deux.",
        "BG-14",
      ),
    );
  }
  return findings;
}

/** In CII, BR-53 is judged on the syntax, where its artefact looks (rules/cii-tax-currency.ts). */
function taxCurrencyFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  if (context.syntax === "CII" || !exists(invoice.taxCurrency)) return [];
  const totals = rec(invoice.totals);
  const sameAsInvoiceCurrency = normalizeSpace(invoice.taxCurrency) === normalizeSpace(invoice.currency);
  const provided = exists(totals?.taxTotalInTaxCurrency) || (sameAsInvoiceCurrency && exists(totals?.taxTotal));
  if (provided) return [];
  return [
    fatal(
      "BR-53",
      "Si le code de devise de comptabilisation de la TVA (BT-6) est présent, le montant total de TVA dans cette devise (BT-111) doit être fourni.",
      "BT-111",
    ),
  ];
}

function referenceFindings(invoice: ReadEInvoice): Finding[] {
  const findings: Finding[] = [];
  records(invoice.precedingInvoices).forEach((preceding, index) => {
    if (!filled(preceding.number)) {
      findings.push(
        fatal(
          "BR-55",
          "Chaque référence à une facture antérieure (BG-3) doit contenir le numéro de la facture antérieure (BT-25).",
          `BG-3[${index + 1}]/BT-25`,
        ),
      );
    }
  });
  records(invoice.attachments).forEach((attachment, index) => {
    if (!filled(attachment.id)) {
      findings.push(
        fatal(
          "BR-52",
          "Chaque pièce justificative additionnelle (BG-24) doit contenir une référence de pièce justificative (BT-122).",
          `BG-24[${index + 1}]/BT-122`,
        ),
      );
    }
  });
  return findings;
}

export function documentFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  return [...headerFindings(invoice), ...periodFindings(invoice), ...taxCurrencyFindings(invoice, context), ...referenceFindings(invoice)];
}
