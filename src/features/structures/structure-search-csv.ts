// "Exporter les résultats" of the structure search, as CSV for a spreadsheet. Pure.
import type { IdentifierType, StructureKind, StructureStatus } from "@/generated/prisma/enums.ts";
import { IDENTIFIER_TYPE_LABELS, STRUCTURE_KIND_LABELS, STRUCTURE_STATUS_LABELS } from "./labels.ts";

type ExportedStructure = {
  identifierType: IdentifierType;
  identifier: string;
  raisonSociale: string;
  libelle: string | null;
  kind: StructureKind;
  status: StructureStatus;
  adresse: string;
  codePostal: string;
  ville: string;
  pays: string;
};

const HEADERS = ["Type d'identifiant", "Identifiant", "Raison sociale", "Libellé de la structure", "Type", "Statut", "Adresse", "Code postal", "Ville", "Pays"];

/** Quotes a cell when needed, and defuses text a spreadsheet would run as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Semicolon-separated with a byte-order mark: what French spreadsheets open correctly. */
export function structuresCsv(structures: ExportedStructure[]): string {
  const rows = structures.map((s) => [
    IDENTIFIER_TYPE_LABELS[s.identifierType],
    s.identifier,
    s.raisonSociale,
    s.libelle ?? "",
    STRUCTURE_KIND_LABELS[s.kind],
    STRUCTURE_STATUS_LABELS[s.status],
    s.adresse,
    s.codePostal,
    s.ville,
    s.pays,
  ]);
  return "\uFEFF" + [HEADERS, ...rows].map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
}
