import { formatAmount } from "@/features/invoices/common/ui.ts";
import { ToCheck } from "./deposit-fields-to-check.tsx";

export type FileAmounts = { totalNet: string; totalVat: string; totalGross: string; amountDue: string };

/**
 * The amounts of a deposited file: a PDF's, read from its text, for the user to enter lines that match them; a
 * structured file's, which are the invoice's own ("Montants totaux").
 */
export function DepositFileAmounts({ amounts, structured = false }: { amounts: FileAmounts; structured?: boolean }) {
  const rows: [string, string][] = [
    ["Montant HT", amounts.totalNet],
    ["Montant TVA", amounts.totalVat],
    ["Montant TTC", amounts.totalGross],
    ["Net à payer", amounts.amountDue],
  ];
  return (
    <section className="fr-mt-2w fr-mb-4w" aria-labelledby="titre-montants-fichier">
      <h3 id="titre-montants-fichier" className="fr-h5">
        {structured ? "Montants totaux" : "Montants lus dans le fichier déposé"}
        <ToCheck field="totals" />
      </h3>
      {!structured && (
        <p className="fr-text--sm">Saisissez les lignes de la facture : les montants ci-dessus sont recalculés à partir d&apos;elles et doivent correspondre à ceux du fichier.</p>
      )}
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="fr-grid-row fr-mb-1v">
            <dt className="fr-col-8 fr-col-md-4">{label} :</dt>
            <dd className="fr-col-4 fr-col-md-2 fr-m-0" style={{ textAlign: "right" }}>
              {formatAmount(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
