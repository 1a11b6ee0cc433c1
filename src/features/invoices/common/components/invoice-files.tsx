import { Table } from "@codegouvfr/react-dsfr/Table";
import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";
import { ADDRESSEE_DOCUMENT_DOWNLOADS, attachmentHref, DOCUMENT_DOWNLOADS, documentHref, receptionHref } from "../rules/invoice-documents.ts";

/** `invoicePath`: the invoice's page, under which its files are (/factures-emises/<id>, /factures-recues/<id>…). */
type Props = { invoice: InvoiceDetail; invoicePath: string };

type ListedAttachment = Pick<InvoiceDetail["attachments"][number], "id" | "type" | "designation" | "extension" | "fileName">;

/** "Pièces jointes" of the invoice, each downloadable as it was uploaded (the deposited file included); also the works documents' (their page's path). */
export function InvoiceAttachments({ invoice, invoicePath }: { invoice: { attachments: ListedAttachment[] }; invoicePath: string }) {
  return (
    <section aria-labelledby="titre-pieces-jointes" className="fr-mt-3w">
      <h2 id="titre-pieces-jointes" className="fr-h4">
        Pièces jointes
      </h2>
      {invoice.attachments.length === 0 ? (
        <p>Aucune pièce jointe.</p>
      ) : (
        <Table
          noCaption
          headers={["Type", "Désignation", "Extension", "Nom du fichier", "Actions"]}
          data={invoice.attachments.map((attachment) => [
            attachment.type,
            attachment.designation,
            attachment.extension,
            attachment.fileName,
            <a key={attachment.id} className="fr-link fr-icon-download-line fr-link--icon-left" href={attachmentHref(invoicePath, attachment.id)} download>
              Télécharger<span className="fr-sr-only"> {attachment.fileName}</span>
            </a>,
          ])}
        />
      )}
    </section>
  );
}

/**
 * The legal documents produced when the invoice was sent, for its supplier: the Factur-X PDF, its XML alone, and the
 * deposit receipt, which certifies the PDF by its SHA-256 fingerprint ("Empreinte", shown here so anyone can check a copy).
 */
export function InvoiceDocuments({ invoice, invoicePath }: Props) {
  const byKind = new Map(invoice.documents.map((document) => [document.kind, document]));
  const facturX = byKind.get("FACTURX_PDF");
  return (
    <section aria-labelledby="titre-documents" className="fr-mt-3w">
      <h2 id="titre-documents" className="fr-h4">
        Documents de la facture
      </h2>
      {invoice.documents.length === 0 ? (
        <p>Les documents (PDF Factur-X, XML et accusé de dépôt) sont produits à l&apos;envoi de la facture.</p>
      ) : (
        <ul className="fr-raw-list">
          {DOCUMENT_DOWNLOADS.filter(({ kind }) => byKind.has(kind)).map(({ kind, label }) => (
            <li key={kind} className="fr-mb-2w">
              <a className="fr-link fr-icon-download-line fr-link--icon-left" href={documentHref(invoicePath, kind)} download>
                {label}
              </a>
              <span className="fr-text--sm"> ({byKind.get(kind)!.fileName})</span>
              {kind === "DEPOSIT_RECEIPT_PDF" && facturX && (
                <p className="fr-text--sm fr-mb-0">
                  Empreinte (SHA-256) de la facture : <code style={{ wordBreak: "break-all" }}>{facturX.sha256}</code>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The documents offered to those the invoice is sent to (recipient, holder of the contract); nothing when there are
 * none. `receptionFormatLabel`: the recipient's structure receives its invoices in another format than Factur-X (its
 * « Format de réception des factures »): the one link gives the invoice in that format.
 */
export function AddresseeDocuments({ invoice, invoicePath, receptionFormatLabel }: Props & { receptionFormatLabel?: string }) {
  const kinds = new Set(invoice.documents.map((document) => document.kind));
  const documents = receptionFormatLabel
    ? [{ kind: "reception", label: `Télécharger la facture (${receptionFormatLabel})`, href: receptionHref(invoicePath) }]
    : ADDRESSEE_DOCUMENT_DOWNLOADS.filter(({ kind }) => kinds.has(kind)).map(({ kind, label }) => ({ kind, label, href: documentHref(invoicePath, kind) }));
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="titre-documents" className="fr-mt-3w">
      <h2 id="titre-documents" className="fr-h4">
        Documents de la facture
      </h2>
      <ul className="fr-raw-list">
        {documents.map(({ kind, label, href }) => (
          <li key={kind} className="fr-mb-2w">
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={href} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
