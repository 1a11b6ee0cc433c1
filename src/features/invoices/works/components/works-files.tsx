import type { InvoiceDocumentKind } from "@/generated/prisma/enums.ts";
import { documentHref, InvoiceAttachments } from "@/features/invoices/common/ui.ts";
import type { WorksDocumentDetail } from "../data/works-document-detail.ts";
import { WORKS_DOCUMENT_TYPE_LABELS } from "../rules/works-cadres.ts";

/** What each legal document is, named after the works document it carries (the MOE's état d'acompte once passed on). */
const FORMAT_OF_KIND: Record<InvoiceDocumentKind, string> = { FACTURX_PDF: "PDF Factur-X", CII_XML: "XML CII", DEPOSIT_RECEIPT_PDF: "accusé de dépôt" };

/**
 * « Documents » of a works document, for its supplier, its MOE and its MOA: its legal documents (the Factur-X PDF and
 * XML the portal wrote, the état d'acompte once the MOE passed it on), then its attachments (the deposited file, the
 * « Projet de décompte du fournisseur » the MOE checked), each downloaded under `documentPath` (the page's own path).
 */
export function WorksFiles({ document, documentPath }: { document: WorksDocumentDetail; documentPath: string }) {
  const typeLabel = WORKS_DOCUMENT_TYPE_LABELS[document.documentType];
  return (
    <>
      <section aria-labelledby="titre-documents" className="fr-mt-3w">
        <h2 id="titre-documents" className="fr-h4">
          Documents
        </h2>
        {document.documents.length === 0 ? (
          <p>Le fichier déposé par le fournisseur est son document : il figure dans les pièces jointes ci-dessous.</p>
        ) : (
          <ul className="fr-raw-list">
            {document.documents.map(({ kind, fileName }) => (
              <li key={kind} className="fr-mb-2w">
                <a className="fr-link fr-icon-download-line fr-link--icon-left" href={documentHref(documentPath, kind)} download>
                  Télécharger : {typeLabel} n° {document.number} ({FORMAT_OF_KIND[kind]})
                </a>
                <span className="fr-text--sm"> ({fileName})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <InvoiceAttachments invoice={document} invoicePath={documentPath} />
    </>
  );
}
