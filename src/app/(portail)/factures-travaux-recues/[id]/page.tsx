import Link from "next/link";
import { RECEIVED_STATUSES } from "@/features/invoices/common/ui.ts";
import { changeReceivedInvoiceStatusAction } from "@/features/invoices/received/actions.ts";
import { recipientActionsFor } from "@/features/invoices/received/index.ts";
import { ReceivedInvoiceActions } from "@/features/invoices/received/ui.ts";
import { getWorksDocument } from "@/features/invoices/works/index.ts";
import { WorksDecisions } from "@/features/invoices/works/components/works-decisions.tsx";
import { MOE_DECISIONS } from "@/features/invoices/works/components/works-page-parts.ts";
import { WorksFiles } from "@/features/invoices/works/components/works-files.tsx";
import { InvoiceHistory } from "@/features/invoices/common/components/invoice-history.tsx";
import { WorksAmounts, WorksDocumentHeader, WorksParties } from "@/features/invoices/works/components/works-document-view.tsx";
import { WORKS_DOCUMENT_TYPE_LABELS } from "@/features/invoices/works/rules/works-cadres.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter un document de travaux reçu" };

/**
 * A works document received by the user's structure: the MOE checks it (corrects the amounts with a comment and passes it
 * to the MOA, refuses it, or asks for a complement); the MOA processes the état d'acompte as a received invoice, with the
 * same actions as Factures reçues (service fait, mise en paiement…).
 */
export default async function ReceivedWorksDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const document = await findOr404([id], () => getWorksDocument({ userId: user.id, invoiceId: id }));
  const subject = `${WORKS_DOCUMENT_TYPE_LABELS[document.documentType]} n° ${document.number} de ${document.supplier.raisonSociale}`;
  const moeActions = document.sides.includes("MOE") ? document.actions.filter((action) => MOE_DECISIONS.includes(action)) : [];
  const atTheMoa = document.sides.includes("MOA") && (RECEIVED_STATUSES as readonly string[]).includes(document.status);

  return (
    <>
      <p className="fr-mb-2w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/factures-travaux-recues">
          Retour aux factures de travaux reçues
        </Link>
      </p>
      <WorksDocumentHeader document={document} />
      {document.sides.includes("MOE") && (
        <WorksDecisions
          invoiceId={document.invoiceId}
          actions={moeActions}
          subject={subject}
          defaults={{ worksToDate: document.supplierAmounts.worksToDate, retention: document.supplierAmounts.retention, advanceRepayment: document.supplierAmounts.advanceRepayment }}
          title="Décision de la maîtrise d'œuvre"
        />
      )}
      {atTheMoa && (
        <>
          <ReceivedInvoiceActions actions={recipientActionsFor(document.status)} subject={subject} serverAction={changeReceivedInvoiceStatusAction.bind(null, document.invoiceId)} />
          <p className="fr-mt-1w">
            <Link className="fr-link" href={`/factures-recues/${document.invoiceId}`}>
              Consulter la facture dans Factures reçues
            </Link>
          </p>
        </>
      )}
      <WorksParties document={document} />
      <WorksAmounts document={document} />
      <WorksFiles document={document} documentPath={`/factures-travaux-recues/${document.invoiceId}`} />
      <InvoiceHistory history={document.history} />
    </>
  );
}
