import Link from "next/link";
import { notFound } from "next/navigation";
import { InvoiceTotalsSection } from "@/features/invoices/components/invoice-totals.tsx";
import { InvoiceToValidateFiles, InvoiceToValidatePdf } from "@/features/invoices/validation/components/invoice-to-validate-files.tsx";
import { ValidatorDecision } from "@/features/invoices/validation/components/validator-decision.tsx";
import { getInvoiceToValidate } from "@/features/invoices/validation/use-cases/get-invoice-to-validate.ts";
import { decideInvoiceAction } from "@/features/invoices/validation/validation-actions.ts";
import { InvoiceHeader } from "@/features/invoices/view/invoice-header.tsx";
import { formatDayAndTime } from "@/features/invoices/view/invoice-dates.ts";
import { InvoiceHistory } from "@/features/invoices/view/invoice-history.tsx";
import { InvoiceLinesTable } from "@/features/invoices/view/invoice-lines-table.tsx";
import { InvoiceParties } from "@/features/invoices/view/invoice-parties.tsx";
import { InvoiceReferences } from "@/features/invoices/view/invoice-references.tsx";
import { requireUser } from "@/server/auth/session.ts";
import { AppError } from "@/server/errors.ts";

export const metadata = { title: "Consulter une facture à valider" };

/** An A9 / A12 invoice submitted to the user's structure: its PDF, all its data, its history, and « Valider » / « Refuser ». */
export default async function InvoiceToValidatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const invoice = await getInvoiceToValidate(user.id, id).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const holder = `${invoice.holder.raisonSociale} (${invoice.holder.identifier})`;

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
      <ValidatorDecision
        actions={invoice.actions}
        subject={`Facture n° ${invoice.number} de ${invoice.supplier.raisonSociale}`}
        serverAction={decideInvoiceAction.bind(null, invoice.id)}
      />
      <InvoiceToValidatePdf invoice={invoice} />
      <InvoiceParties invoice={invoice} />
      <InvoiceReferences invoice={invoice} />
      <InvoiceLinesTable invoice={invoice} page={page} pageHref={(n) => `/factures-a-valider/${id}?page=${n}#titre-lignes`} />
      <InvoiceTotalsSection totals={invoice.totals} />
      <section aria-labelledby="titre-commentaire" className="fr-mt-3w">
        <h2 id="titre-commentaire" className="fr-h4">
          Commentaire
        </h2>
        <p style={{ whiteSpace: "pre-line" }}>{invoice.form.comment || "Aucun commentaire."}</p>
      </section>
      <InvoiceToValidateFiles invoice={invoice} />
      <InvoiceHistory invoice={invoice} />
    </>
  );
}
