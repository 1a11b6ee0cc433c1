import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { INVOICE_TYPE_LABELS } from "@/features/invoices/common/ui.ts";
import { INVOICE_STATUS_LABELS } from "@/features/invoices/common/ui.ts";
import { formatAmount } from "@/features/invoices/common/ui.ts";
import type { listSupplierInvoices } from "@/features/invoices/entry/use-cases/list-supplier-invoices.ts";
import { formatDay } from "@/features/invoices/common/ui.ts";

type InvoiceListRow = Awaited<ReturnType<typeof listSupplierInvoices>>["invoices"][number];

const COLUMNS = ["Date de dépôt", "Destinataires", "Type", "Numéro", "Etat Courant", "Date de l'état courant", "Montant TTC", "Actions"];

/** "Factures à traiter": one row per invoice, with Consulter, and Modifier for a draft (not for a reader of the espace). */
export function InvoiceListTable({ rows, mayModify = true }: { rows: InvoiceListRow[]; mayModify?: boolean }) {
  return (
    <Table
      fixed
      headers={COLUMNS}
      data={rows.map((row) => [
        formatDay(row.depositDate),
        row.recipientName,
        INVOICE_TYPE_LABELS[row.type],
        row.number,
        INVOICE_STATUS_LABELS[row.status],
        formatDay(row.statusChangedAt),
        formatAmount(row.totalGross),
        <span key={row.id}>
          <Link className="fr-link" href={`/factures-emises/${row.id}`}>
            Consulter<span className="fr-sr-only"> la facture {row.number}</span>
          </Link>
          {row.status === "BROUILLON" && mayModify && (
            <Link className="fr-link fr-ml-2w" href={`/factures-emises/${row.id}/modifier`}>
              Modifier<span className="fr-sr-only"> la facture {row.number}</span>
            </Link>
          )}
        </span>,
      ])}
    />
  );
}
