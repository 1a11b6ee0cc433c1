import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import { formatAmount } from "../rules/totals.ts";
import { unitLabel } from "../rules/units.ts";
import type { InvoiceDetail } from "@/features/invoices/common/data/invoice-detail.ts";

export const LINES_PER_PAGE = 5;

/** A quantity, price or rate as typed, in French: "4" → "4", "2.125" → "2,125", at least `minDigits` decimals. */
function frenchDecimal(value: string, minDigits = 0) {
  const decimals = value.includes(".") ? value.split(".")[1].replace(/0+$/, "").length : 0;
  return formatAmount(value, Math.max(minDigits, decimals));
}

/** "Ligne de facture": the seed's columns, 5 lines per page (?page=), so an invoice of 1,000 lines stays readable. */
export function InvoiceLinesTable({ invoice, page, pageHref }: { invoice: InvoiceDetail; page: number; pageHref: (page: number) => string }) {
  const count = Math.max(1, Math.ceil(invoice.lines.length / LINES_PER_PAGE));
  const current = Math.min(page, count);
  const shown = invoice.lines.slice((current - 1) * LINES_PER_PAGE, current * LINES_PER_PAGE);
  return (
    <section aria-labelledby="titre-lignes" className="fr-mt-3w">
      <h2 id="titre-lignes" className="fr-h4">
        Ligne de facture
      </h2>
      <p className="fr-text--sm fr-mb-1w">
        {LINES_PER_PAGE} lignes par page ({invoice.lines.length} {invoice.lines.length > 1 ? "lignes" : "ligne"})
      </p>
      {invoice.lines.length === 0 ? (
        <p>Aucune ligne de facture.</p>
      ) : (
        <Table
          noCaption
          headers={["N°", "Référence", "Dénomination", "Quantité", "Unité", "Montant unitaire HT", "Montant remise HT", "Taux TVA", "Montant HT après remise HT"]}
          data={shown.map((line) => [
            String(line.position),
            line.reference,
            line.denomination,
            frenchDecimal(line.quantity),
            unitLabel(line.unit),
            frenchDecimal(line.unitPriceNet, 2),
            line.discountNet ? formatAmount(line.discountNet) : "0,00",
            `${frenchDecimal(line.vatRate)} %`,
            formatAmount(line.lineNet),
          ])}
        />
      )}
      {count > 1 && <Pagination count={count} defaultPage={current} getPageLinkProps={(n) => ({ href: pageHref(n) })} />}
    </section>
  );
}
