import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";
import { previewHref } from "../rules/invoice-documents.ts";

type Props = {
  /** `preview`: what the page shows, the portal's Factur-X PDF or the PDF the supplier deposited; null when neither. */
  invoice: InvoiceDetail & { preview: "FACTURX" | "ORIGINAL" | null };
  /** The invoice's page (/factures-recues/<id>, /factures-a-valider/<id>), under which its PDF is. */
  invoicePath: string;
};

/** The invoice itself, shown in the page of those it is sent to: its PDF, and a link to open it alone. */
export function InvoicePdf({ invoice, invoicePath }: Props) {
  return (
    <section aria-labelledby="titre-pdf" className="fr-mt-3w">
      <h2 id="titre-pdf" className="fr-h4">
        Facture (PDF)
      </h2>
      {invoice.preview ? (
        <>
          {/* No sandbox attribute: Chrome and Safari then refuse to show any PDF. The PDF's response is sandboxed by its own
              Content-Security-Policy (default-src 'none'; frame-ancestors 'self'; sandbox), which Chrome does show. */}
          <iframe
            src={previewHref(invoicePath)}
            title={`Facture n° ${invoice.number} au format PDF`}
            style={{ width: "100%", height: "80vh", border: "1px solid var(--border-default-grey)" }}
          />
          <p className="fr-text--sm fr-mt-1w">
            <a className="fr-link fr-icon-external-link-line fr-link--icon-right" href={previewHref(invoicePath)} target="_blank" rel="noopener">
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
