import { CURRENCIES } from "../rules/currencies.ts";
import { CADRE_LABELS, INVOICE_TYPE_LABELS, PAYMENT_MODE_LABELS, VAT_REGIME_LABELS } from "../schemas.ts";
import { ReadOnlyField } from "./address-lines.tsx";
import { formatAmount } from "../rules/totals.ts";
import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";

/** "2026-11-23" → "23/11/2026". */
const frenchDate = (isoDay: string) => isoDay.split("-").reverse().join("/");

/** "Cadre de facturation" and "Références", read-only, with the portal's labels. */
export function InvoiceReferences({ invoice }: { invoice: InvoiceDetail }) {
  const { form } = invoice;
  const currency = CURRENCIES.find((c) => c.code === form.currency);
  const references: [string, string][] = [
    ["Devise de la facture", currency ? `${currency.code} - ${currency.name}` : (form.currency ?? "")],
    ["Type", INVOICE_TYPE_LABELS[form.type]],
    ["Type de TVA", VAT_REGIME_LABELS[form.vatRegime]],
    ...(form.vatRegime === "EXONERE" ? [["Motif d'exonération", form.exemptionReason ?? ""] as [string, string]] : []),
    ["N° du marché", form.marketNumber ?? ""],
    ["Numéro d'engagement", form.engagementNumber ?? ""],
    ...(form.type === "AVOIR"
      ? [["Numéro de la facture d'origine", `${form.originalInvoiceNumber ?? ""}${invoice.originalInvoice?.issueDate ? ` du ${frenchDate(invoice.originalInvoice.issueDate)}` : ""}`] as [string, string]]
      : []),
    ...(invoice.deductedDownPayments.length > 0
      ? [
          [
            "Factures d'acompte déduites",
            invoice.deductedDownPayments.map((downPayment) => `N° ${downPayment.number}${downPayment.issueDate ? ` du ${frenchDate(downPayment.issueDate)}` : ""} (${formatAmount(downPayment.totalGross)} TTC)`).join(" ; "),
          ] as [string, string],
        ]
      : []),
    ["Mode de règlement", PAYMENT_MODE_LABELS[form.paymentMode]],
    ["Numéro de facture", form.invoiceNumber ?? ""],
    ["Date de facture", form.invoiceDate ? frenchDate(form.invoiceDate) : ""],
  ];
  return (
    <>
      <section aria-labelledby="titre-cadre" className="fr-mt-3w">
        <h2 id="titre-cadre" className="fr-h4">
          Cadre de facturation
        </h2>
        <p>{CADRE_LABELS[form.cadre]}</p>
      </section>
      <section aria-labelledby="titre-references">
        <h2 id="titre-references" className="fr-h4">
          Références
        </h2>
        <dl>
          {references.map(([label, value]) => (
            <ReadOnlyField key={label} label={label}>
              {value || "—"}
            </ReadOnlyField>
          ))}
        </dl>
      </section>
    </>
  );
}
