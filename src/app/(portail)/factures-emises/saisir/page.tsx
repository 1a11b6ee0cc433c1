import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { InvoiceEntryForm } from "@/features/invoices/components/invoice-entry-form.tsx";
import { newInvoiceValues } from "@/features/invoices/components/new-invoice-values.ts";
import { todayInFrance } from "@/features/invoices/components/today.ts";
import { listInvoiceSuppliers } from "@/features/invoices/use-cases/list-invoice-suppliers.ts";
import { missingMandateMessage } from "@/features/mandates/mandate-rules.ts";
import { getInvoiceEntryGate } from "@/features/mandates/use-cases/get-invoice-entry-gate.ts";
import { requireEspace } from "@/server/auth/require-espace.ts";

export const metadata = { title: "Saisir facture" };

/** "Saisir facture": closed while none of the user's structures holds an Actif billing mandate; otherwise a blank invoice. */
export default async function SaisirFacturePage() {
  const user = await requireEspace("FACTURES_EMISES");
  const gate = await getInvoiceEntryGate(user.id);

  const suppliers = gate.open ? await listInvoiceSuppliers(user.id) : [];

  if (suppliers.length === 0) {
    return (
      <>
        <h1>Saisir facture</h1>
        {gate.blocked.map((structure) => (
          <Alert
            key={structure.id}
            className="fr-mb-3w"
            severity="error"
            title="Saisie de facture impossible"
            description={
              <>
                <p>{missingMandateMessage(structure.raisonSociale)}</p>
                {structure.isGestionnaire && (
                  <p className="fr-mt-1w">
                    <Link className="fr-link" href={`/activites-gestionnaire/structures/${structure.id}/mandats/souscrire`}>
                      Souscrire un mandat de facturation pour « {structure.raisonSociale} »
                    </Link>
                  </p>
                )}
              </>
            }
          />
        ))}
      </>
    );
  }

  const today = todayInFrance();
  return (
    <InvoiceEntryForm
      suppliers={suppliers}
      today={today}
      entry={{ values: newInvoiceValues(suppliers[0].id, today), statusLabel: "Nouvelle facture", attachments: [] }}
    />
  );
}
