import { InvoiceTotalsSection } from "./invoice-totals.tsx";
import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";
import { InvoiceLinesTable } from "./invoice-lines-table.tsx";
import { InvoiceParties } from "./invoice-parties.tsx";
import { InvoiceReferences } from "./invoice-references.tsx";

type Props = {
  invoice: InvoiceDetail;
  /** The page of lines shown. */
  page: number;
  /** The invoice's page (/factures-emises/<id>, /factures-recues/<id>…), whose "?page=" turns the lines' pages. */
  invoicePath: string;
};

/** What the supplier sent, as every side's invoice page shows it: parties, references, lines, amounts, comment. */
export function InvoiceContent({ invoice, page, invoicePath }: Props) {
  return (
    <>
      <InvoiceParties invoice={invoice} />
      <InvoiceReferences invoice={invoice} />
      <InvoiceLinesTable invoice={invoice} page={page} pageHref={(n) => `${invoicePath}?page=${n}#titre-lignes`} />
      <InvoiceTotalsSection totals={invoice.totals} />
      <section aria-labelledby="titre-commentaire" className="fr-mt-3w">
        <h2 id="titre-commentaire" className="fr-h4">
          Commentaire
        </h2>
        <p style={{ whiteSpace: "pre-line" }}>{invoice.form.comment || "Aucun commentaire."}</p>
      </section>
    </>
  );
}
