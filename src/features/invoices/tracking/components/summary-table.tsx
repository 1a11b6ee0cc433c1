import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { formatAmount } from "@/features/invoices/common/ui.ts";
import { criteriaToSearchParams } from "../rules/search-criteria.ts";
import type { summarize } from "../rules/summary.ts";

const count = new Intl.NumberFormat("fr-FR");

/**
 * "Synthèse": one line per état (and currency), its count linking to Rechercher on that état (Rejetée: the rejections
 * still to handle, as counted), and the totals.
 */
export function SummaryTable({ summary, structureId }: { summary: ReturnType<typeof summarize>; structureId?: string }) {
  if (summary.rows.length === 0) return <p>Aucune facture.</p>;
  const severalCurrencies = summary.totals.length > 1;
  const amount = (value: string, currency: string) => `${formatAmount(value)}${severalCurrencies || currency !== "EUR" ? ` ${currency}` : " €"}`;
  return (
    <Table
      caption="Nombre et montant TTC des factures par état"
      noCaption
      fixed
      headers={["Etat", "Nombre de factures", "Montant TTC"]}
      data={[
        ...summary.rows.map((row) => [
          row.label,
          <Link key={`${row.status}-${row.currency}`} className="fr-link" href={`/factures-emises/rechercher?${criteriaToSearchParams({ statut: row.status, structure: structureId, ...(row.status === "REJETEE" ? { rejet: "a-traiter" as const } : {}) })}`}>
            {count.format(row.count)}
            <span className="fr-sr-only"> {row.count > 1 ? "factures" : "facture"} à l&apos;état {row.label}</span>
          </Link>,
          amount(row.totalGross, row.currency),
        ]),
        ...summary.totals.map((total) => [
          <strong key={`total-${total.currency}`}>Total{severalCurrencies ? ` (${total.currency})` : ""}</strong>,
          <strong key={`total-count-${total.currency}`}>{count.format(total.count)}</strong>,
          <strong key={`total-amount-${total.currency}`}>{amount(total.totalGross, total.currency)}</strong>,
        ]),
      ]}
    />
  );
}
