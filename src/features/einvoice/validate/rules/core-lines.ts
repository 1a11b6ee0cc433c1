// EN 16931 core rules on each invoice line (BG-25): its mandatory terms (BR-21..26, BR-CO-04), prices not negative
// (BR-27, BR-28), its period (BR-30, BR-CO-20), item attributes and identifiers (BR-54, BR-64, BR-65) and its
// allowances and charges (BR-41..44, BR-CO-23, BR-CO-24); document level allowances and charges too (BR-31..38).
import type { ReadEInvoice } from "@/features/einvoice/model/einvoice.ts";
import type { Finding } from "../finding.ts";
import type { RuleContext } from "../rule.ts";
import {
  allowanceChargeFindings,
  DOCUMENT_ALLOWANCE,
  DOCUMENT_CHARGE,
  LINE_ALLOWANCE,
  LINE_CHARGE,
} from "./core-allowances.ts";
import { periodEndsBeforeStart } from "./core-document.ts";
import { allowancesAndCharges, decimalOf, exists, fatal, filled, rec, records, shown } from "./core-support.ts";

type ReadLine = NonNullable<ReadEInvoice["lines"]>[number];

const MANDATORY_LINE_TERMS = [
  { rule: "BR-21", term: "BT-126", holds: (line: ReadLine) => filled(line.id), message: "Chaque ligne de facture (BG-25) doit avoir un identifiant de ligne (BT-126)." },
  { rule: "BR-22", term: "BT-129", holds: (line: ReadLine) => exists(line.quantity), message: "Chaque ligne de facture (BG-25) doit avoir une quantité facturée (BT-129)." },
  {
    rule: "BR-23",
    term: "BT-130",
    holds: (line: ReadLine) => exists(line.unitCode),
    message: "Chaque ligne de facture (BG-25) doit avoir un code d'unité de mesure de la quantité facturée (BT-130).",
  },
  { rule: "BR-24", term: "BT-131", holds: (line: ReadLine) => exists(line.lineNet), message: "Chaque ligne de facture (BG-25) doit avoir un montant net (BT-131)." },
  { rule: "BR-25", term: "BT-153", holds: (line: ReadLine) => filled(line.name), message: "Chaque ligne de facture (BG-25) doit contenir le nom de l'article (BT-153)." },
  { rule: "BR-26", term: "BT-146", holds: (line: ReadLine) => exists(line.netPrice), message: "Chaque ligne de facture (BG-25) doit contenir le prix net de l'article (BT-146)." },
  {
    rule: "BR-CO-04",
    term: "BT-151",
    holds: (line: ReadLine) => filled(line.vatCategory),
    message: "Chaque ligne de facture (BG-25) doit être catégorisée par un code de type de TVA de l'article facturé (BT-151).",
  },
];

/** A price given but negative, or not a number (the comparison with 0 cannot hold). */
function negativeOrMalformed(value: unknown): boolean {
  const price = decimalOf(value);
  return price === null || (price !== undefined && price.lt(0));
}

function lineTermFindings(line: ReadLine, where: string, context: RuleContext): Finding[] {
  const findings: Finding[] = MANDATORY_LINE_TERMS.filter(({ holds }) => !holds(line)).map(({ rule, term, message }) =>
    fatal(rule, message, `${where}/${term}`),
  );
  // A missing net price breaks BR-27 too: the artefacts compare an absent price with 0, which never holds.
  if (!exists(line.netPrice) || negativeOrMalformed(line.netPrice)) {
    findings.push(fatal("BR-27", `Le prix net de l'article (BT-146) ne doit pas être négatif (${shown(line.netPrice)}).`, `${where}/BT-146`));
  }
  if (negativeOrMalformed(line.grossPrice)) {
    findings.push(fatal("BR-28", `Le prix brut de l'article (BT-148) ne doit pas être négatif (${shown(line.grossPrice)}).`, `${where}/BT-148`));
  }
  const period = rec(line.period);
  // In CII, BR-30 is judged on the syntax, as its artefact compares the elements (rules/cii-line-period.ts).
  if (context.syntax !== "CII" && period && periodEndsBeforeStart(period)) {
    findings.push(
      fatal("BR-30", "La date de fin de la période de facturation de la ligne (BT-135) doit être postérieure ou égale à sa date de début (BT-134).", `${where}/BG-26/BT-135`),
    );
  }
  if (period && !exists(period.start) && !exists(period.end)) {
    findings.push(
      fatal(
        "BR-CO-20",
        "Si la période de facturation de la ligne (BG-26) est utilisée, sa date de début (BT-134) ou sa date de fin (BT-135) doit être renseignée, ou les deux.",
        `${where}/BG-26`,
      ),
    );
  }
  return findings;
}

function itemFindings(line: ReadLine, where: string): Finding[] {
  const findings: Finding[] = [];
  records(line.attributes).forEach((attribute, index) => {
    if (!exists(attribute.name) || !exists(attribute.value)) {
      findings.push(
        fatal("BR-54", "Chaque attribut de l'article (BG-32) doit contenir un nom (BT-160) et une valeur (BT-161).", `${where}/BG-32[${index + 1}]`),
      );
    }
  });
  const standardId = rec(line.standardId);
  if (standardId && !exists(standardId.scheme)) {
    findings.push(fatal("BR-64", "L'identifiant standard de l'article (BT-157) doit avoir un identifiant de schéma.", `${where}/BT-157`));
  }
  records(line.classifications).forEach((classification, index) => {
    if (!exists(classification.listId)) {
      findings.push(
        fatal("BR-65", "L'identifiant de classification de l'article (BT-158) doit avoir un identifiant de schéma.", `${where}/BT-158[${index + 1}]`),
      );
    }
  });
  return findings;
}

export function lineFindings(invoice: ReadEInvoice, context: RuleContext): Finding[] {
  return records(invoice.lines).flatMap((line, index) => {
    const where = `BG-25[${index + 1}]`;
    const { allowances, charges } = allowancesAndCharges(line.allowances);
    return [
      ...lineTermFindings(line, where, context),
      ...itemFindings(line, where),
      ...allowances.flatMap(({ item, position }) => allowanceChargeFindings(item, LINE_ALLOWANCE, position, `${where}/`)),
      ...charges.flatMap(({ item, position }) => allowanceChargeFindings(item, LINE_CHARGE, position, `${where}/`)),
    ];
  });
}

export function documentAllowanceChargeFindings(invoice: ReadEInvoice): Finding[] {
  const { allowances, charges } = allowancesAndCharges(invoice.allowancesCharges);
  return [
    ...allowances.flatMap(({ item, position }) => allowanceChargeFindings(item, DOCUMENT_ALLOWANCE, position)),
    ...charges.flatMap(({ item, position }) => allowanceChargeFindings(item, DOCUMENT_CHARGE, position)),
  ];
}
