// EN 16931 core rules on each VAT breakdown (BG-23): its mandatory terms (BR-45..48) and its tax amount, the taxable
// amount times the rate (BR-CO-17), within the schematron's tolerance of one unit either way: strictly less than one
// in the UBL artefact, up to one inclusive in the CII artefact (docs/decisions/0016-en16931-oracle.md).
import Decimal from "decimal.js";
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import { decimalOf, exists, fatal, filled, normalizeSpace, records, round2, roundInteger, shown } from "./core-support.ts";

type ReadBreakdown = NonNullable<ReadEInvoice["vatBreakdown"]>[number];

/**
 * BR-CO-17 as the artefact of the syntax computes it. A missing amount breaks it too (both artefacts compare an absent
 * amount, which never holds), except the taxable amount when the rate is none or rounds to 0 (only the tax is looked at).
 */
function taxAmountMatches(breakdown: ReadBreakdown, context: RuleContext): { holds: boolean; expected?: Decimal } {
  const tax = decimalOf(breakdown.taxAmount);
  if (tax === undefined || tax === null) return { holds: false };
  const rate = decimalOf(breakdown.rate);
  if (rate === null) return { holds: false };
  // No rate, or one that rounds to 0: the tax amount must round to 0.
  if (rate === undefined || roundInteger(rate).isZero()) return { holds: roundInteger(tax).isZero(), expected: new Decimal(0) };
  const taxable = decimalOf(breakdown.taxableAmount);
  if (taxable === undefined || taxable === null) return { holds: false };
  const expected = round2(taxable.abs().times(rate).dividedBy(100));
  const holds =
    context.syntax === "CII"
      ? tax.abs().minus(1).lte(expected) && tax.abs().plus(1).gte(expected)
      : tax.abs().minus(1).lt(expected) && tax.abs().plus(1).gt(expected);
  return { holds, expected: taxable.isNegative() ? expected.negated() : expected };
}

function breakdownTermFindings(breakdown: ReadBreakdown, where: string): Finding[] {
  const findings: Finding[] = [];
  if (!exists(breakdown.taxableAmount)) {
    findings.push(fatal("BR-45", "Chaque ventilation de TVA (BG-23) doit avoir une base imposable (BT-116).", `${where}/BT-116`));
  }
  if (!exists(breakdown.taxAmount)) {
    findings.push(fatal("BR-46", "Chaque ventilation de TVA (BG-23) doit avoir un montant de TVA (BT-117).", `${where}/BT-117`));
  }
  if (!filled(breakdown.category)) {
    findings.push(fatal("BR-47", "Chaque ventilation de TVA (BG-23) doit être définie par un code de type de TVA (BT-118).", `${where}/BT-118`));
  }
  if (!exists(breakdown.rate) && normalizeSpace(breakdown.category) !== "O") {
    findings.push(
      fatal("BR-48", "Chaque ventilation de TVA (BG-23) doit avoir un taux de TVA (BT-119), sauf si la facture n'est pas soumise à la TVA (catégorie O).", `${where}/BT-119`),
    );
  }
  return findings;
}

export function breakdownFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  return records(invoice.vatBreakdown).flatMap((breakdown, index) => {
    const where = `BG-23[${index + 1}]`;
    const findings = breakdownTermFindings(breakdown, where);
    const { holds, expected } = taxAmountMatches(breakdown, context);
    if (!holds) {
      const computed = expected ? `, calculé : ${shown(expected)}` : "";
      findings.push(
        fatal(
          "BR-CO-17",
          `Le montant de TVA de la catégorie (BT-117) doit être égal à la base imposable (BT-116) multipliée par le taux (BT-119) divisé par 100, arrondi à deux décimales (indiqué : ${shown(breakdown.taxAmount)}${computed}).`,
          `${where}/BT-117`,
        ),
      );
    }
    return findings;
  });
}
