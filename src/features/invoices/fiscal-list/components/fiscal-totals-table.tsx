import { formatAmount } from "@/features/invoices/common/ui.ts";
import type { CurrencyTotals } from "../rules/fiscal-totals.ts";

const rateLabel = (rate: string) => `${rate.replace(".", ",")} %`;

/** The totals of the period, per currency: one line per VAT rate, then the grand total (avoirs counted negative). */
export function FiscalTotalsTable({ totals }: { totals: CurrencyTotals[] }) {
  return (
    <>
      {totals.map((block) => (
        <div key={block.currency} className="fr-table">
          <table>
            <caption>
              Totaux en {block.currency} — {block.invoiceCount} document{block.invoiceCount > 1 ? "s" : ""}
              {block.creditNoteCount > 0 ? `, dont ${block.creditNoteCount} avoir${block.creditNoteCount > 1 ? "s" : ""} compté${block.creditNoteCount > 1 ? "s" : ""} en négatif` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Taux de TVA</th>
                <th scope="col">Base HT</th>
                <th scope="col">Montant TVA</th>
                <th scope="col">Montant TTC</th>
              </tr>
            </thead>
            <tbody>
              {block.byRate.map((rate) => (
                <tr key={rate.rate}>
                  <th scope="row">{rateLabel(rate.rate)}</th>
                  <td className="fr-cell--right">{formatAmount(rate.taxableAmount)}</td>
                  <td className="fr-cell--right">{formatAmount(rate.taxAmount)}</td>
                  <td className="fr-cell--right">{formatAmount(rate.grossAmount)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Total général</th>
                <td className="fr-cell--right">
                  <strong>{formatAmount(block.totalNet)}</strong>
                </td>
                <td className="fr-cell--right">
                  <strong>{formatAmount(block.totalVat)}</strong>
                </td>
                <td className="fr-cell--right">
                  <strong>{formatAmount(block.totalGross)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
