import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import type { SollicitationRow } from "../data/detail.ts";
import { sollicitationPath, type SollicitationViewpoint } from "../rules/paths.ts";
import { SOLLICITATION_STATUS_LABELS } from "../rules/statuses.ts";
import { formatDate } from "./format.ts";

const addresseeOf = (row: SollicitationRow) =>
  row.addresseeKind === "SUPPORT"
    ? "Support du portail"
    : `${row.addresseeStructure?.raisonSociale ?? ""}${row.addresseeService ? ` — ${row.addresseeService.libelle}` : ""}`;

/** A list of sollicitations: date de dépôt, numéro (its page), émetteur or destinataire, catégorie, objet, facture, état. */
export function SollicitationsTable({ rows, viewpoint, caption }: { rows: SollicitationRow[]; viewpoint: SollicitationViewpoint; caption: string }) {
  const other = viewpoint === "EMISES" ? "Destinataire" : "Structure émettrice";
  return (
    <Table
      caption={caption}
      headers={["Date de dépôt", "Numéro", other, "Catégorie / Sous-catégorie", "Objet", "Facture", "Etat", "Date de l'état"]}
      data={rows.map((row) => [
        formatDate(row.createdAt),
        <Link key="numero" href={sollicitationPath(viewpoint, row.id)}>
          {row.number}
        </Link>,
        viewpoint === "EMISES" ? addresseeOf(row) : row.authorStructure.raisonSociale,
        `${row.category} / ${row.subCategory}`,
        row.subject,
        row.invoice ? (row.invoice.sentNumber ?? row.invoice.invoiceNumber ?? "") : "",
        SOLLICITATION_STATUS_LABELS[row.status],
        formatDate(row.statusChangedAt),
      ])}
    />
  );
}
