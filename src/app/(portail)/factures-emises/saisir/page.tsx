import { InvoiceEntryForm } from "@/features/invoices/entry/components/invoice-entry-form.tsx";
import { newInvoiceValues } from "@/features/invoices/entry/components/new-invoice-values.ts";
import { todayInFrance } from "@/features/invoices/entry/components/today.ts";
import { listInvoiceSuppliers } from "@/features/invoices/entry/use-cases/list-invoice-suppliers.ts";
import { MissingMandateAlerts } from "@/features/mandates/components/missing-mandate-alerts.tsx";
import { getInvoiceEntryGate } from "@/features/mandates/use-cases/get-invoice-entry-gate.ts";
import { mayModifyEspace } from "@/features/structures/use-cases/may-modify-espace.ts";
import { ConsultationOnlyAlert } from "@/features/invoices/common/components/consultation-only-alert.tsx";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

export const metadata = { title: "Saisir facture" };

/** "Saisir facture": closed while none of the user's structures holds an Actif billing mandate; otherwise a blank invoice. */
export default async function SaisirFacturePage() {
  const user = await requireEspace("FACTURES_EMISES");
  // The structures the user may enter invoices for (modification and, for a private one, an Actif mandate): the
  // gate's own condition, so the gate is read only to say why the form is closed.
  const suppliers = await listInvoiceSuppliers({ userId: user.id });

  if (suppliers.length === 0) {
    // A reader of Factures émises (consultation only, for every structure of theirs) is told so, and gets no form.
    const mayModify = await mayModifyEspace({ userId: user.id, espace: "FACTURES_EMISES" });
    const gate = mayModify ? await getInvoiceEntryGate({ userId: user.id }) : null;
    return (
      <>
        <h1>Saisir facture</h1>
        {gate ? (
          <MissingMandateAlerts blocked={gate.blocked} title="Saisie de facture impossible" />
        ) : (
          <ConsultationOnlyAlert espace="FACTURES_EMISES" what="saisir de facture" title="Saisie de facture impossible" />
        )}
      </>
    );
  }

  const today = todayInFrance();
  return (
    <InvoiceEntryForm
      suppliers={suppliers}
      today={today}
      entry={{ values: newInvoiceValues(suppliers[0], today), statusLabel: "Nouvelle facture", attachments: [] }}
    />
  );
}
