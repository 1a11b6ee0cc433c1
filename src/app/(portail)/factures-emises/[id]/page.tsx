import { notFound } from "next/navigation";
import { InvoiceTotalsSection } from "@/features/invoices/components/invoice-totals.tsx";
import { getInvoice } from "@/features/invoices/use-cases/get-invoice.ts";
import { InvoiceAttachments, InvoiceDocuments } from "@/features/invoices/view/invoice-files.tsx";
import { InvoiceHeader } from "@/features/invoices/view/invoice-header.tsx";
import { InvoiceHistory } from "@/features/invoices/view/invoice-history.tsx";
import { InvoiceLinesTable } from "@/features/invoices/view/invoice-lines-table.tsx";
import { InvoiceParties } from "@/features/invoices/view/invoice-parties.tsx";
import { InvoiceReferences } from "@/features/invoices/view/invoice-references.tsx";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Consulter une facture" };

/** The invoice page: what was sent (or the draft so far), its documents to download, and its history. */
export default async function InvoicePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const invoice = await getInvoice(user.id, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });

  return (
    <>
      <InvoiceHeader invoice={invoice} />
      <InvoiceParties invoice={invoice} />
      <InvoiceReferences invoice={invoice} />
      <InvoiceLinesTable invoice={invoice} page={page} pageHref={(n) => `/factures-emises/${id}?page=${n}#titre-lignes`} />
      <InvoiceTotalsSection totals={invoice.totals} />
      <section aria-labelledby="titre-commentaire" className="fr-mt-3w">
        <h2 id="titre-commentaire" className="fr-h4">
          Commentaire
        </h2>
        <p style={{ whiteSpace: "pre-line" }}>{invoice.form.comment || "Aucun commentaire."}</p>
      </section>
      <InvoiceAttachments invoice={invoice} />
      <InvoiceDocuments invoice={invoice} />
      <InvoiceHistory invoice={invoice} />
    </>
  );
}
