import { Table } from "@codegouvfr/react-dsfr/Table";
import type { ReceivedInvoiceDetail } from "../use-cases/get-received-invoice.ts";
import { RECEIVED_DOCUMENT_DOWNLOADS, receivedAttachmentHref, receivedDocumentHref, receivedPreviewHref } from "../received-documents.ts";

/** The invoice itself, shown in the page: the Factur-X PDF, or the PDF deposited; a link to open it alone. */
export function ReceivedInvoicePdf({ invoice }: { invoice: ReceivedInvoiceDetail }) {
  return (
    <section aria-labelledby="titre-pdf" className="fr-mt-3w">
      <h2 id="titre-pdf" className="fr-h4">
        Facture (PDF)
      </h2>
      {invoice.preview ? (
        <>
          <iframe
            src={receivedPreviewHref(invoice.id)}
            title={`Facture n° ${invoice.number} au format PDF`}
            style={{ width: "100%", height: "80vh", border: "1px solid var(--border-default-grey)" }}
          />
          <p className="fr-text--sm fr-mt-1w">
            <a className="fr-link fr-icon-external-link-line fr-link--icon-right" href={receivedPreviewHref(invoice.id)} target="_blank" rel="noopener">
              Ouvrir le PDF dans un nouvel onglet
            </a>
          </p>
        </>
      ) : (
        <p>
          Cette facture a été déposée au format XML structuré : elle n&apos;a pas de PDF. Ses données sont présentées ci-dessous et le fichier déposé
          est téléchargeable dans les pièces jointes.
        </p>
      )}
    </section>
  );
}

/** The documents of the invoice to download, and its pièces jointes (the deposited file included). */
export function ReceivedInvoiceFiles({ invoice }: { invoice: ReceivedInvoiceDetail }) {
  const kinds = new Set(invoice.documents.map((document) => document.kind));
  const documents = RECEIVED_DOCUMENT_DOWNLOADS.filter(({ kind }) => kinds.has(kind));
  return (
    <>
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
              <a key={attachment.id} className="fr-link fr-icon-download-line fr-link--icon-left" href={receivedAttachmentHref(invoice.id, attachment.id)} download>
                Télécharger<span className="fr-sr-only"> {attachment.fileName}</span>
              </a>,
            ])}
          />
        )}
      </section>
      {documents.length > 0 && (
        <section aria-labelledby="titre-documents" className="fr-mt-3w">
          <h2 id="titre-documents" className="fr-h4">
            Documents de la facture
          </h2>
          <ul className="fr-raw-list">
            {documents.map(({ kind, label }) => (
              <li key={kind} className="fr-mb-2w">
                <a className="fr-link fr-icon-download-line fr-link--icon-left" href={receivedDocumentHref(invoice.id, kind)} download>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
