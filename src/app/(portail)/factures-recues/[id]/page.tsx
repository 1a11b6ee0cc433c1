import Link from "next/link";
import { notFound } from "next/navigation";
import { InvoiceTotalsSection } from "@/features/invoices/components/invoice-totals.tsx";
import { ReceivedInvoiceActions } from "@/features/invoices/received/components/received-invoice-actions.tsx";
import { ReceivedInvoiceFiles, ReceivedInvoicePdf } from "@/features/invoices/received/components/received-invoice-files.tsx";
import { changeReceivedInvoiceStatusAction } from "@/features/invoices/received/received-actions.ts";
import { recipientActionsFor } from "@/features/invoices/received/recipient-moves.ts";
import { getReceivedInvoice } from "@/features/invoices/received/use-cases/get-received-invoice.ts";
import { InvoiceHeader } from "@/features/invoices/view/invoice-header.tsx";
import { InvoiceHistory } from "@/features/invoices/view/invoice-history.tsx";
import { InvoiceLinesTable } from "@/features/invoices/view/invoice-lines-table.tsx";
import { InvoiceParties } from "@/features/invoices/view/invoice-parties.tsx";
import { InvoiceReferences } from "@/features/invoices/view/invoice-references.tsx";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Consulter une facture reçue" };

/** A received invoice: its PDF in the page, all its data, its history, and the actions its status allows. */
export default async function ReceivedInvoicePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const invoice = await getReceivedInvoice(user.id, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-recues">
          Retour aux factures reçues
        </Link>
      </p>
      <InvoiceHeader invoice={invoice} />
      <ReceivedInvoiceActions
        actions={recipientActionsFor(invoice.status)}
        subject={`Facture n° ${invoice.number} de ${invoice.supplier.raisonSociale}`}
        serverAction={changeReceivedInvoiceStatusAction.bind(null, invoice.id)}
      />
      <ReceivedInvoicePdf invoice={invoice} />
      <InvoiceParties invoice={invoice} />
      <InvoiceReferences invoice={invoice} />
      <InvoiceLinesTable invoice={invoice} page={page} pageHref={(n) => `/factures-recues/${id}?page=${n}#titre-lignes`} />
      <InvoiceTotalsSection totals={invoice.totals} />
      <section aria-labelledby="titre-commentaire" className="fr-mt-3w">
        <h2 id="titre-commentaire" className="fr-h4">
          Commentaire
        </h2>
        <p style={{ whiteSpace: "pre-line" }}>{invoice.form.comment || "Aucun commentaire."}</p>
      </section>
      <ReceivedInvoiceFiles invoice={invoice} />
      <InvoiceHistory invoice={invoice} />
    </>
  );
}
