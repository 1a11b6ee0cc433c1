import Link from "next/link";
import { getInvoiceToValidate } from "@/features/invoices/validation/index.ts";
import { ValidatorDecision } from "@/features/invoices/validation/ui.ts";
import { decideInvoiceAction } from "@/features/invoices/validation/actions.ts";
import { AddresseeInvoice } from "@/features/invoices/common/components/addressee-invoice.tsx";
import { formatDayAndTime } from "@/features/invoices/common/rules/invoice-dates.ts";
import { InvoiceHeader } from "@/features/invoices/common/components/invoice-header.tsx";
import { consultationOnlyMessage } from "@/features/structures/rules/espace-rights.ts";
import { pageParam } from "@/lib/page-param.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter une facture à valider" };

/** An A9 / A12 invoice submitted to the user's structure: its PDF, all its data, its history, and « Valider » / « Refuser ». */
export default async function InvoiceToValidatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = pageParam((await searchParams).page);
  const invoice = await findOr404([id], () => getInvoiceToValidate({ userId: user.id, invoiceId: id }));
  const holder = `${invoice.holder.raisonSociale} (${invoice.holder.identifier})`;
  const invoicePath = `/factures-a-valider/${invoice.id}`;

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-a-valider">
          Retour aux factures à valider
        </Link>
      </p>
      <InvoiceHeader invoice={invoice} />
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div className="fr-col-12 fr-col-md-6">
          <dt className="fr-text--bold fr-mb-0">{invoice.holder.title === "mandataire" ? "Mandataire du marché" : "Titulaire du marché"}</dt>
          <dd className="fr-m-0">{holder}</dd>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <dt className="fr-text--bold fr-mb-0">Date limite de validation</dt>
          <dd className="fr-m-0">{invoice.validationDeadline ? formatDayAndTime(invoice.validationDeadline) : "Aucune"}</dd>
        </div>
      </dl>
      {invoice.mayModify ? (
        <ValidatorDecision
          actions={invoice.actions}
          subject={`Facture n° ${invoice.number} de ${invoice.supplier.raisonSociale}`}
          serverAction={decideInvoiceAction.bind(null, invoice.id)}
        />
      ) : (
        invoice.actions.length > 0 && <p className="fr-mt-3w">{consultationOnlyMessage("Factures à valider", "valider ou refuser cette facture")}</p>
      )}
      <AddresseeInvoice invoice={invoice} page={page} invoicePath={invoicePath} />
    </>
  );
}
