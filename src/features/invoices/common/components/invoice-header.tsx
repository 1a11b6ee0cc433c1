import { Button } from "@codegouvfr/react-dsfr/Button";
import { INVOICE_TYPE_LABELS } from "../schemas.ts";
import { DEPOSIT_MODE_LABELS } from "@/features/invoices/common/rules/deposit-modes.ts";
import { INVOICE_STATUS_LABELS } from "../rules/status-labels.ts";
import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";
import { formatDay } from "../rules/invoice-dates.ts";
import type { PaymentDelayFacts } from "../data/payment-delay.ts";
import { PaymentDelaySection } from "./payment-delay-section.tsx";

/**
 * The top of the invoice page, as the portal's "Consulter une facture": number, état, mode and date of deposit; then, once
 * received, its délai de paiement (both sides see it).
 */
export function InvoiceHeader({ invoice, mayModify = true }: { invoice: InvoiceDetail & { paymentDelay?: PaymentDelayFacts | null }; mayModify?: boolean }) {
  return (
    <>
      <h1>
        {INVOICE_TYPE_LABELS[invoice.form.type]} n° {invoice.number}
      </h1>
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        {[
          ["Numéro de la facture", invoice.number],
          ["Etat", INVOICE_STATUS_LABELS[invoice.status]],
          ["Mode de dépôt", DEPOSIT_MODE_LABELS[invoice.depositMode]],
          ["Date de dépôt", formatDay(invoice.sentAt) || "Non déposée"],
        ].map(([label, value]) => (
          <div key={label} className="fr-col-12 fr-col-md-3">
            <dt className="fr-text--bold fr-mb-0">{label}</dt>
            <dd className="fr-m-0">{value}</dd>
          </div>
        ))}
      </dl>
      {invoice.paymentDelay && <PaymentDelaySection delay={invoice.paymentDelay} />}
      {invoice.isDraft && mayModify && (
        <Button iconId="fr-icon-edit-line" linkProps={{ href: `/factures-emises/${invoice.id}/modifier` }}>
          Modifier la facture
        </Button>
      )}
    </>
  );
}
