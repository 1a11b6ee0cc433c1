// EN 16931 core rules on allowances and charges, at document level (BG-20, BG-21: BR-31..33, BR-36..38, BR-CO-21,
// BR-CO-22) and on invoice lines (BG-27, BG-28: BR-41..44, BR-CO-23, BR-CO-24): each has an amount, a reason or a
// reason code, and at document level a VAT category code.
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import { exists, fatal, filled } from "./core-support.ts";

type ReadAllowanceCharge = NonNullable<ReadEInvoice["allowancesCharges"]>[number];

type AllowanceChargeKind = {
  group: string; // BG-20, BG-21, BG-27, BG-28
  noun: string; // what the messages call one of them
  amount: { term: string; rule: string };
  reason: { reasonTerm: string; codeTerm: string; rules: string[] };
  category?: { term: string; rule: string };
};

export const DOCUMENT_ALLOWANCE: AllowanceChargeKind = {
  group: "BG-20",
  noun: "remise au niveau du document",
  amount: { term: "BT-92", rule: "BR-31" },
  reason: { reasonTerm: "BT-97", codeTerm: "BT-98", rules: ["BR-33", "BR-CO-21"] },
  category: { term: "BT-95", rule: "BR-32" },
};

export const DOCUMENT_CHARGE: AllowanceChargeKind = {
  group: "BG-21",
  noun: "charge au niveau du document",
  amount: { term: "BT-99", rule: "BR-36" },
  reason: { reasonTerm: "BT-104", codeTerm: "BT-105", rules: ["BR-38", "BR-CO-22"] },
  category: { term: "BT-102", rule: "BR-37" },
};

export const LINE_ALLOWANCE: AllowanceChargeKind = {
  group: "BG-27",
  noun: "remise sur une ligne de facture",
  amount: { term: "BT-136", rule: "BR-41" },
  reason: { reasonTerm: "BT-139", codeTerm: "BT-140", rules: ["BR-42", "BR-CO-23"] },
};

export const LINE_CHARGE: AllowanceChargeKind = {
  group: "BG-28",
  noun: "charge sur une ligne de facture",
  amount: { term: "BT-141", rule: "BR-43" },
  reason: { reasonTerm: "BT-144", codeTerm: "BT-145", rules: ["BR-44", "BR-CO-24"] },
};

/**
 * The findings of one allowance or charge. `item` is its position in its own group (the second allowance is
 * BG-20[2]); `within` prefixes the location of a line's allowances ("BG-25[3]/").
 */
export function allowanceChargeFindings(
  allowanceCharge: ReadAllowanceCharge,
  kind: AllowanceChargeKind,
  position: number,
  within = "",
): Finding[] {
  const where = `${within}${kind.group}[${position}]`;
  const findings: Finding[] = [];
  if (!exists(allowanceCharge.amount)) {
    findings.push(fatal(kind.amount.rule, `Chaque ${kind.noun} (${kind.group}) doit avoir un montant (${kind.amount.term}).`, `${where}/${kind.amount.term}`));
  }
  if (kind.category && !filled(allowanceCharge.vatCategory)) {
    findings.push(
      fatal(kind.category.rule, `Chaque ${kind.noun} (${kind.group}) doit avoir un code de type de TVA (${kind.category.term}).`, `${where}/${kind.category.term}`),
    );
  }
  if (!exists(allowanceCharge.reason) && !exists(allowanceCharge.reasonCode)) {
    const { reasonTerm, codeTerm } = kind.reason;
    for (const rule of kind.reason.rules) {
      findings.push(
        fatal(rule, `Chaque ${kind.noun} (${kind.group}) doit contenir un motif (${reasonTerm}) ou un code de motif (${codeTerm}), ou les deux.`, where),
      );
    }
  }
  return findings;
}
