import { Table } from "@codegouvfr/react-dsfr/Table";
import { formatAmount } from "@/features/einvoice/ui.ts";
import type { EngagementRow } from "../data/engagements.ts";
import { ENGAGEMENT_STATUS_LABELS } from "../rules/engagement-quote.ts";
import { CloseEngagementButton } from "./close-engagement-button.tsx";

const day = (date: Date | null) => (date ? new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC" }).format(date) : "");

/**
 * The engagements of a structure (viewpoint "STRUCTURE": Clôturer for who may change them) or of a supplier
 * ("FOURNISSEUR": the structure that declared each one).
 */
export function EngagementsTable({ rows, viewpoint, caption, mayModify = false }: { rows: EngagementRow[]; viewpoint: "STRUCTURE" | "FOURNISSEUR"; caption: string; mayModify?: boolean }) {
  const headers = [
    "Numéro d'engagement",
    viewpoint === "STRUCTURE" ? "SIRET fournisseur" : "Structure publique",
    "Service",
    "Montant (€)",
    "Date de début",
    "Date de fin",
    "Statut",
    ...(mayModify ? ["Action"] : []),
  ];
  return (
    <Table
      caption={caption}
      headers={headers}
      data={rows.map((row) => [
        row.number,
        viewpoint === "STRUCTURE" ? row.supplierIdentifier : `${row.structure.raisonSociale} (${row.structure.identifier})`,
        row.service ? `${row.service.libelle} (${row.service.code})` : "",
        formatAmount(row.amount.toString()),
        day(row.startDate),
        day(row.endDate),
        ENGAGEMENT_STATUS_LABELS[row.status] + (row.closedAt ? ` le ${day(row.closedAt)}` : ""),
        ...(mayModify ? [row.status === "OUVERT" ? <CloseEngagementButton key="clore" engagementId={row.id} number={row.number} /> : ""] : []),
      ])}
    />
  );
}
