import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";
import { InvoiceContent } from "./invoice-content.tsx";
import { AddresseeDocuments, InvoiceAttachments } from "./invoice-files.tsx";
import { InvoiceHistory } from "./invoice-history.tsx";
import { InvoicePdf } from "./invoice-pdf.tsx";

type Props = {
  invoice: InvoiceDetail & { preview: "FACTURX" | "ORIGINAL" | null };
  /** The page of lines shown. */
  page: number;
  /** The invoice's page (/factures-recues/<id>, /factures-a-valider/<id>), under which its files are. */
  invoicePath: string;
  /** The recipient's « Format de réception des factures » when it is not Factur-X (its label): the invoice's one download. */
  receptionFormatLabel?: string;
};

/**
 * The invoice as those it is sent to read it (the recipient in "Factures reçues", the holder of the contract in
 * "Factures à valider"), below their own header and actions: its PDF, what the supplier sent, its files, its history.
 */
export function AddresseeInvoice({ invoice, page, invoicePath, receptionFormatLabel }: Props) {
  return (
    <>
      <InvoicePdf invoice={invoice} invoicePath={invoicePath} />
      <InvoiceContent invoice={invoice} page={page} invoicePath={invoicePath} />
      <InvoiceAttachments invoice={invoice} invoicePath={invoicePath} />
      <AddresseeDocuments invoice={invoice} invoicePath={invoicePath} receptionFormatLabel={receptionFormatLabel} />
      <InvoiceHistory history={invoice.history} />
    </>
  );
}
