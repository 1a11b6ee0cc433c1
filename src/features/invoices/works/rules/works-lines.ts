// A works statement as invoice lines, for the portal's one totals function and its Factur-X: the works of the period,
// then the retenue de garantie and the remboursement de l'avance as negative lines (EN 16931 lets a line be negative;
// its sum stays the statement's net, BR-CO-10). Pure.
import Decimal from "decimal.js";
import type { StatementAmounts } from "./works-amounts.ts";

export type WorksLine = { denomination: string; quantity: string; unit: string; unitPriceNet: string; vatRate: string };

/** "C62": one (UN/ECE rec. 20), the unit of a lump sum. */
const LUMP_SUM_UNIT = "C62";

export function statementLines(amounts: StatementAmounts, vatRate: string, statementNumber: number): WorksLine[] {
  const lines: WorksLine[] = [{ denomination: `Travaux exécutés – situation n° ${statementNumber}`, quantity: "1", unit: LUMP_SUM_UNIT, unitPriceNet: amounts.monthWorks, vatRate }];
  if (new Decimal(amounts.retention).gt(0)) lines.push({ denomination: "Retenue de garantie", quantity: "-1", unit: LUMP_SUM_UNIT, unitPriceNet: amounts.retention, vatRate });
  if (new Decimal(amounts.advanceRepayment).gt(0)) lines.push({ denomination: "Remboursement de l'avance", quantity: "-1", unit: LUMP_SUM_UNIT, unitPriceNet: amounts.advanceRepayment, vatRate });
  return lines;
}
