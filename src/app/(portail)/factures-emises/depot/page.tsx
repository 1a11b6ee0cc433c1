import Link from "next/link";
import { DepositForm } from "@/features/invoices/deposit/components/deposit-form.tsx";
import { listInvoiceSuppliers } from "@/features/invoices/entry/use-cases/list-invoice-suppliers.ts";
import { MissingMandateAlerts } from "@/features/mandates/components/missing-mandate-alerts.tsx";
import { getInvoiceEntryGate } from "@/features/mandates/use-cases/get-invoice-entry-gate.ts";
import { mayModifyEspace } from "@/features/structures/use-cases/may-modify-espace.ts";
import { ConsultationOnlyAlert } from "@/features/invoices/common/components/consultation-only-alert.tsx";
import { requireEspace } from "@/features/structures/use-cases/require-espace.ts";

export const metadata = { title: "Dépôt factures" };

/** "Dépôt factures": one invoice file to analyse into a pre-filled invoice; links to the batch deposit and its flux. */
export default async function DepotFacturesPage() {
  const user = await requireEspace("FACTURES_EMISES");
  const gate = await getInvoiceEntryGate({ userId: user.id });
  const suppliers = gate.open ? await listInvoiceSuppliers({ userId: user.id }) : [];
  // A reader of Factures émises (consultation only, for every structure of theirs) is told so, and gets no form.
  const mayModify = await mayModifyEspace({ userId: user.id, espace: "FACTURES_EMISES" });
  const refusal = <ConsultationOnlyAlert espace="FACTURES_EMISES" what="déposer de facture" title="Dépôt de facture impossible" />;

  return (
    <>
      <h1>Dépôt d&apos;une nouvelle facture</h1>
      <ul className="fr-links-group fr-mb-3w">
        {mayModify && (
          <li>
            <Link className="fr-link fr-icon-stack-line fr-link--icon-left" href="/factures-emises/depot/lot">
              Dépôt par lot
            </Link>
          </li>
        )}
        <li>
          <Link className="fr-link fr-icon-list-unordered fr-link--icon-left" href="/factures-emises/depot/flux">
            Suivi des flux
          </Link>
        </li>
      </ul>
      {suppliers.length === 0 ? (
        mayModify ? (
          <MissingMandateAlerts blocked={gate.blocked} title="Dépôt de facture impossible" />
        ) : (
          refusal
        )
      ) : (
        <DepositForm suppliers={suppliers.map(({ id, raisonSociale, services }) => ({ id, raisonSociale, services }))} />
      )}
    </>
  );
}
