// The amounts of a works statement (CCAG Travaux), all HT but the VAT and the TTC, as Decimal strings "1234.56". Pure.
// The supplier states the cumulated works done to date; the platform carries the previous statements' cumul from the
// chain of the marché (the previous statement's admitted works to date); the statement pays the difference, less the
// retenue de garantie and the remboursement de l'avance of this statement, plus VAT.
import Decimal from "decimal.js";

export type StatementInput = {
  /** Montant cumulé des travaux exécutés à date (HT). */
  worksToDate: string;
  /** Cumul des décomptes précédents (HT), carried by the platform. */
  previousStatements: string;
  retention: string;
  advanceRepayment: string;
  /** In percent: "20", "5.5". */
  vatRate: string;
};

export type StatementAmounts = {
  worksToDate: string;
  previousStatements: string;
  /** Travaux de la période: worksToDate − previousStatements. */
  monthWorks: string;
  retention: string;
  advanceRepayment: string;
  /** Montant net HT: monthWorks − retention − advanceRepayment. */
  net: string;
  vat: string;
  /** Montant TTC à payer. */
  gross: string;
};

const money = (value: Decimal.Value) => new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** The statement's amounts; VAT on the net at the rate, rounded half up to the cent (as the totals of every invoice). */
export function statementAmounts(input: StatementInput): StatementAmounts {
  const monthWorks = new Decimal(input.worksToDate).minus(input.previousStatements);
  const net = monthWorks.minus(input.retention).minus(input.advanceRepayment);
  const vat = new Decimal(money(net)).times(input.vatRate).dividedBy(100);
  return {
    worksToDate: money(input.worksToDate),
    previousStatements: money(input.previousStatements),
    monthWorks: money(monthWorks),
    retention: money(input.retention),
    advanceRepayment: money(input.advanceRepayment),
    net: money(net),
    vat: money(vat),
    gross: money(new Decimal(money(net)).plus(money(vat))),
  };
}

/**
 * The refusals of a statement's amounts, each on its field: works to date below the previous statements (a statement
 * never goes back on works already counted), deductions above the works of the period.
 */
export function statementErrors(amounts: StatementAmounts): Record<string, string> {
  const errors: Record<string, string> = {};
  if (new Decimal(amounts.monthWorks).lt(0)) {
    errors.worksToDate = `Le montant cumulé des travaux exécutés à date ne peut pas être inférieur au cumul des décomptes précédents (${amounts.previousStatements.replace(".", ",")} €).`;
  } else if (new Decimal(amounts.net).lt(0)) {
    errors.retention = "La retenue de garantie et le remboursement de l'avance ne peuvent pas dépasser les travaux de la période.";
  }
  return errors;
}

/** The amounts the MOE admitted: each one it corrected, the supplier's otherwise. */
export type AdmittedInput = { worksToDate: string; retention: string; advanceRepayment: string };
export type Corrections = { worksToDate?: string | null; retention?: string | null; advanceRepayment?: string | null };

export function admittedInput(supplier: AdmittedInput, corrections: Corrections): AdmittedInput {
  return {
    worksToDate: corrections.worksToDate ?? supplier.worksToDate,
    retention: corrections.retention ?? supplier.retention,
    advanceRepayment: corrections.advanceRepayment ?? supplier.advanceRepayment,
  };
}

/** The MOE corrected an amount without saying why. */
export const CORRECTION_COMMENT_MESSAGE = "Indiquez dans le commentaire pourquoi vous corrigez les montants du fournisseur.";

/** Whether any admitted amount differs from the supplier's (then the MOE must say why). */
export const isCorrected = (supplier: AdmittedInput, admitted: AdmittedInput) =>
  (["worksToDate", "retention", "advanceRepayment"] as const).some((key) => !new Decimal(supplier[key]).eq(admitted[key]));

/**
 * The cumul a new statement carries: the admitted works to date of the marché's latest statement still in its circuit
 * (the MOE's correction if any, the supplier's otherwise), 0 for the first statement.
 */
export function carriedPreviousStatements(previous: { worksToDate: string; moeWorksToDate: string | null } | null): string {
  if (!previous) return "0.00";
  return money(previous.moeWorksToDate ?? previous.worksToDate);
}

/** A statement stops counting in its marché's chain when it was refused by the MOE or rejected by the MOA. */
export const CHAIN_BREAKING_STATUSES = ["REFUSEE_MOE", "REJETEE"] as const;
