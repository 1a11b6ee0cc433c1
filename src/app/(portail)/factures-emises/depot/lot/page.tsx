import Link from "next/link";
import { DepositBatchForm } from "@/features/invoices/batch/components/deposit-batch-form.tsx";
import { maxInvoicesPerFlux } from "@/features/invoices/batch/file-reading/upload.ts";
import { listInvoiceSuppliers } from "@/features/invoices/entry/use-cases/list-invoice-suppliers.ts";
import { MissingMandateAlerts } from "@/features/mandates/components/missing-mandate-alerts.tsx";
import { getInvoiceEntryGate } from "@/features/mandates/use-cases/get-invoice-entry-gate.ts";
import { mayModifyEspace } from "@/features/structures/use-cases/may-modify-espace.ts";
import { ConsultationOnlyAlert } from "@/features/invoices/common/components/consultation-only-alert.tsx";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

export const metadata = { title: "Dépôt par lot" };

/** « Dépôt par lot »: several structured invoices in one flux, processed in the background (see « Suivi des flux »). */
export default async function DepotParLotPage() {
  const user = await requireEspace("FACTURES_EMISES");
  const gate = await getInvoiceEntryGate({ userId: user.id });
  const suppliers = gate.open ? await listInvoiceSuppliers({ userId: user.id }) : [];
  // A reader of Factures émises (consultation only, for every structure of theirs) is told so, and gets no form.
  const mayModify = await mayModifyEspace({ userId: user.id, espace: "FACTURES_EMISES" });
  const refusal = <ConsultationOnlyAlert espace="FACTURES_EMISES" what="déposer de lot de factures" title="Dépôt par lot impossible" />;

  return (
    <>
      <h1>Dépôt par lot</h1>
      <ul className="fr-links-group fr-mb-3w">
        <li>
          <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-emises/depot">
            Dépôt d&apos;une nouvelle facture
          </Link>
        </li>
        <li>
          <Link className="fr-link fr-icon-list-unordered fr-link--icon-left" href="/factures-emises/depot/flux">
            Suivi des flux
          </Link>
        </li>
      </ul>
      {suppliers.length === 0 ? (
        mayModify ? (
          <MissingMandateAlerts blocked={gate.blocked} title="Dépôt par lot impossible" />
        ) : (
          refusal
        )
      ) : (
        <DepositBatchForm
          suppliers={suppliers.map(({ id, raisonSociale, services }) => ({ id, raisonSociale, services }))}
          maxInvoices={new Intl.NumberFormat("fr-FR").format(maxInvoicesPerFlux())}
        />
      )}
    </>
  );
}
