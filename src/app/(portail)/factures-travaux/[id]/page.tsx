import Link from "next/link";
import { getWorksDocument } from "@/features/invoices/works/index.ts";
import { WorksDecisions } from "@/features/invoices/works/components/works-decisions.tsx";
import { SUPPLIER_FOLLOW_UPS } from "@/features/invoices/works/components/works-page-parts.ts";
import { WorksFiles } from "@/features/invoices/works/components/works-files.tsx";
import { InvoiceHistory } from "@/features/invoices/common/components/invoice-history.tsx";
import { WorksAmounts, WorksDocumentHeader, WorksParties } from "@/features/invoices/works/components/works-document-view.tsx";
import { WORKS_DOCUMENT_TYPE_LABELS } from "@/features/invoices/works/rules/works-cadres.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter un document de travaux" };

/** The supplier's works document: its amounts as submitted and as the MOE admitted them, its history, « Compléter » when asked. */
export default async function WorksDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const document = await findOr404([id], () => getWorksDocument({ userId: user.id, invoiceId: id }));
  const actions = document.actions.filter((action) => SUPPLIER_FOLLOW_UPS.includes(action));

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-travaux">
          Retour aux factures de travaux
        </Link>
      </p>
      <WorksDocumentHeader document={document} />
      {document.sides.includes("FOURNISSEUR") && actions.length > 0 && (
        <WorksDecisions invoiceId={document.invoiceId} actions={actions} subject={`${WORKS_DOCUMENT_TYPE_LABELS[document.documentType]} n° ${document.number}`} title="Suivi du document" />
      )}
      <WorksParties document={document} />
      <WorksAmounts document={document} />
      <WorksFiles document={document} documentPath={`/factures-travaux/${document.invoiceId}`} />
      <InvoiceHistory history={document.history} />
    </>
  );
}
