import Link from "next/link";
import { changeReceivedInvoiceStatusAction } from "@/features/invoices/received/actions.ts";
import { getReceivedInvoice, recipientActionsFor } from "@/features/invoices/received/index.ts";
import { ReceivedInvoiceActions } from "@/features/invoices/received/ui.ts";
import { AddresseeInvoice } from "@/features/invoices/common/components/addressee-invoice.tsx";
import { InvoiceHeader } from "@/features/invoices/common/components/invoice-header.tsx";
import { consultationOnlyMessage } from "@/features/structures/rules/espace-rights.ts";
import { pageParam } from "@/lib/page-param.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter une facture reçue" };

/** A received invoice: its PDF in the page, all its data, its history, and the actions its status allows. */
export default async function ReceivedInvoicePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = pageParam((await searchParams).page);
  const invoice = await findOr404([id], () => getReceivedInvoice({ userId: user.id, invoiceId: id }));
  const invoicePath = `/factures-recues/${invoice.id}`;

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-recues">
          Retour aux factures reçues
        </Link>
      </p>
      <InvoiceHeader invoice={invoice} />
      {invoice.mayModify ? (
        <ReceivedInvoiceActions
          actions={recipientActionsFor(invoice.status)}
          subject={`Facture n° ${invoice.number} de ${invoice.supplier.raisonSociale}`}
          serverAction={changeReceivedInvoiceStatusAction.bind(null, invoice.id)}
        />
      ) : (
        <p className="fr-mt-3w">{consultationOnlyMessage("Factures reçues", "modifier cette facture")}</p>
      )}
      <AddresseeInvoice invoice={invoice} page={page} invoicePath={invoicePath} receptionFormatLabel={invoice.receptionFormatLabel ?? undefined} />
    </>
  );
}
