import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { answerNotice } from "@/features/invoices/tracking/index.ts";
import { AcknowledgeRejectionForm, CompleteInvoiceForm, InvoiceTimeline, RecycleInvoiceForm, rejectionHandledText } from "@/features/invoices/tracking/ui.ts";
import { getRecipientAction } from "@/features/invoices/entry/actions.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { getRecipient } from "@/features/invoices/entry/use-cases/get-recipient.ts";
import { NO_BANK_DETAILS_NOTICE, transferWithoutAccount } from "@/features/invoices/common/ui.ts";
import { recycledOnSendingNotice } from "@/features/invoices/lifecycle/index.ts";
import { InvoiceContent } from "@/features/invoices/common/components/invoice-content.tsx";
import { InvoiceAttachments, InvoiceDocuments } from "@/features/invoices/common/components/invoice-files.tsx";
import { InvoiceHeader } from "@/features/invoices/common/components/invoice-header.tsx";
import { AskQuestionButton } from "@/features/sollicitations/ui.ts";
import { pageParam } from "@/lib/page-param.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter une facture" };

/**
 * The invoice page: what was sent (or the draft so far), its documents to download, and its history as a timeline;
 * « Compléter » when the recipient suspended it, « Recycler » when it sent it back, « Traiter le rejet » when it rejected it.
 */
export default async function InvoicePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string; reponse?: string; depot?: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const page = pageParam(query.page);
  const notice = answerNotice(query.reponse);
  const invoice = await findOr404([id], () => getInvoice({ userId: user.id, invoiceId: id }));
  const invoicePath = `/factures-emises/${invoice.id}`;
  // Why the invoice waits for the supplier: the motif and comment of its latest état.
  const latest = invoice.history.at(-1);
  const reason = { motif: latest?.motif ?? null, comment: latest?.comment ?? null };
  // The rejection's own row (its motif), not a later one of the same état.
  const rejected = invoice.history.findLast((row) => row.status === "REJETEE" && row.motif);
  const rejection = { motif: rejected?.motif ?? null, comment: rejected?.comment ?? null };
  // The recipient as the directory has it now (services, rules), to start the correction from; none if it left it.
  const currentRecipient =
    invoice.status === "A_RECYCLER" && invoice.recipient ? await getRecipient({ idOrSiret: invoice.recipient.id }).catch(() => null) : null;

  return (
    <>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} />}
      {/* The page the supplier lands on once it sent the invoice: a transfer without bank details is paid all the same. */}
      {!invoice.isDraft && invoice.mayModify && transferWithoutAccount(invoice.form.paymentMode, Boolean(invoice.iban)) && (
        <Alert className="fr-mb-3w" severity="info" small description={NO_BANK_DETAILS_NOTICE} />
      )}
      {/* Sent, and straight back À recycler (an engagement its recipient refuses): said on the page the supplier lands on. */}
      {query.depot === "a-recycler" && invoice.status === "A_RECYCLER" && reason.motif && (
        <Alert className="fr-mb-3w" severity="warning" small description={recycledOnSendingNotice(reason.motif)} />
      )}
      <InvoiceHeader invoice={invoice} mayModify={invoice.mayModify} />
      {invoice.mayModify && <AskQuestionButton invoiceId={invoice.id} status={invoice.status} />}
      {invoice.status === "SUSPENDUE" && invoice.mayModify && <CompleteInvoiceForm invoiceId={invoice.id} reason={reason} />}
      {invoice.status === "REJETEE" && !invoice.rejectionHandled && invoice.mayModify && <AcknowledgeRejectionForm invoiceId={invoice.id} reason={rejection} />}
      {invoice.status === "REJETEE" && invoice.rejectionHandled && (
        <Alert className="fr-mt-3w" severity="info" small description={rejectionHandledText(invoice.rejectionHandled.at, invoice.rejectionHandled.by)} />
      )}
      {invoice.status === "A_RECYCLER" && invoice.mayModify && (
        <RecycleInvoiceForm
          invoiceId={invoice.id}
          reason={reason}
          findRecipient={getRecipientAction}
          current={{
            recipient: currentRecipient,
            recipientIsState: invoice.form.recipientIsState ?? false,
            recipientServiceId: invoice.form.recipientServiceId ?? "",
            engagementNumber: invoice.form.engagementNumber ?? "",
          }}
        />
      )}
      <InvoiceContent invoice={invoice} page={page} invoicePath={invoicePath} />
      <InvoiceAttachments invoice={invoice} invoicePath={invoicePath} />
      <InvoiceDocuments invoice={invoice} invoicePath={invoicePath} />
      <InvoiceTimeline history={invoice.history} />
    </>
  );
}
