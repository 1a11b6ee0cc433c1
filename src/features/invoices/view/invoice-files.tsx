import { Table } from "@codegouvfr/react-dsfr/Table";
import type { InvoiceDetail } from "../use-cases/get-invoice.ts";
import { attachmentHref, DOCUMENT_DOWNLOADS, documentHref } from "./invoice-documents.ts";

/** "Pièces jointes" of the invoice, each downloadable as it was uploaded. */
export function InvoiceAttachments({ invoice }: { invoice: InvoiceDetail }) {
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
            <a key={attachment.id} className="fr-link fr-icon-download-line fr-link--icon-left" href={attachmentHref(invoice.id, attachment.id)} download>
              Télécharger<span className="fr-sr-only"> {attachment.fileName}</span>
            </a>,
          ])}
        />
      )}
    </section>
  );
}

/**
 * The legal documents produced when the invoice was sent: the Factur-X PDF, its XML alone, and the deposit receipt,
 * which certifies the PDF by its SHA-256 fingerprint ("Empreinte", shown here so anyone can check a copy).
 */
export function InvoiceDocuments({ invoice }: { invoice: InvoiceDetail }) {
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
              <a className="fr-link fr-icon-download-line fr-link--icon-left" href={documentHref(invoice.id, kind)} download>
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
