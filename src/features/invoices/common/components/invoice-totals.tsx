import { Table } from "@codegouvfr/react-dsfr/Table";
import { formatAmount, type InvoiceTotals } from "../rules/totals.ts";

const formatRate = (rate: string) => `${formatAmount(rate, rate.includes(".") ? 1 : 0)} %`;

/** "Récapitulatif TVA" and "Montants totaux", from the one totals function (the same figures as the server's). */
export function InvoiceTotalsSection({ totals }: { totals: InvoiceTotals }) {
  const amounts: [string, string][] = [
    ["Montant HT", totals.totalNet],
    ["Montant TVA", totals.totalVat],
    ["Montant TTC avant remise", totals.totalGrossBeforeDiscount],
    ["Montant remise globale TTC", totals.globalDiscountGross],
    ["Montant TTC après remise", totals.totalGross],
    // BT-113: the down payments a final invoice deducts, or the whole amount of a facture déjà payée (A2).
    ...(totals.prepaid !== "0.00" ? [["Montant payé / acomptes versés", totals.prepaid] as [string, string]] : []),
    ["Net à payer", totals.amountDue],
  ];
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mt-2w" aria-live="polite">
      <section className="fr-col-12 fr-col-md-6" aria-labelledby="titre-recapitulatif-tva">
        <h3 id="titre-recapitulatif-tva" className="fr-h5">
          Récapitulatif TVA
        </h3>
        <Table
          noCaption
          headers={["Taux", "Montant de base HT", "Montant de TVA"]}
          data={totals.vatRecap.map((row) => [formatRate(row.rate), formatAmount(row.taxableAmount), formatAmount(row.taxAmount)])}
        />
      </section>
      <section className="fr-col-12 fr-col-md-6" aria-labelledby="titre-montants-totaux">
        <h3 id="titre-montants-totaux" className="fr-h5">
          Montants totaux
        </h3>
        <dl>
          {amounts.map(([label, value]) => (
            <div key={label} className="fr-grid-row fr-mb-1v">
              <dt className="fr-col-8">{label} :</dt>
              <dd className="fr-col-4 fr-m-0" style={{ textAlign: "right" }}>
                {formatAmount(value)}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
