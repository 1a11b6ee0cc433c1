import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { PaymentDelayFacts } from "../data/payment-delay.ts";
import { paymentDeadlineText } from "../rules/payment-delay.ts";
import { formatAmount } from "../rules/totals.ts";

const frenchDay = (day: string) => day.split("-").reverse().join("/");

/**
 * « Délai de paiement » of an invoice page, on both sides: the délai global de paiement, the due day and the days left
 * (or late); after a late mise en paiement, the interest and the €40 indemnity the buyer owes (docs/payment-delays.md).
 */
export function PaymentDelaySection({ delay }: { delay: PaymentDelayFacts }) {
  const { deadline, latePayment } = delay;
  const severity = deadline?.kind === "depasse" || latePayment ? "warning" : "info";
  return (
    <section className="fr-mb-3w" aria-labelledby="delai-paiement-titre">
      <h2 id="delai-paiement-titre" className="fr-h6 fr-mb-1w">
        Délai de paiement
      </h2>
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-1w">
        {[
          ["Délai global de paiement", delay.delayDays ? `${delay.delayDays} jours` : ""],
          ["Date d'échéance", frenchDay(delay.dueDay)],
          ["Date de mise en paiement", delay.paidDay ? frenchDay(delay.paidDay) : "—"],
        ].map(([label, value]) => (
          <div key={label} className="fr-col-12 fr-col-md-3">
            <dt className="fr-text--bold fr-mb-0">{label}</dt>
            <dd className="fr-m-0">{value}</dd>
          </div>
        ))}
      </dl>
      {deadline && <Alert severity={severity} small description={paymentDeadlineText(deadline)} />}
      {latePayment && (
        <dl className="fr-grid-row fr-grid-row--gutters fr-mt-1w" aria-label="Intérêts moratoires">
          {[
            ["Jours de retard", String(latePayment.days)],
            ["Taux des intérêts moratoires", `${latePayment.rate.replace(".", ",")} %`],
            ["Intérêts moratoires", `${formatAmount(latePayment.interest)} €`],
            ["Indemnité forfaitaire pour frais de recouvrement", `${formatAmount(latePayment.indemnity)} €`],
          ].map(([label, value]) => (
            <div key={label} className="fr-col-12 fr-col-md-3">
              <dt className="fr-text--bold fr-mb-0">{label}</dt>
              <dd className="fr-m-0">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
