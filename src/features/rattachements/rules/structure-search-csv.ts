// "Exporter les résultats" of the structure search, as CSV for a spreadsheet (the portal's one CSV writing,
// src/lib/csv.ts: BOM, `;`, CRLF, formulas defused). Pure.
import type { IdentifierType, StructureKind, StructureStatus } from "@/generated/prisma/enums.ts";
import { csvDocument } from "@/lib/csv.ts";
import { IDENTIFIER_TYPE_LABELS, STRUCTURE_KIND_LABELS, STRUCTURE_STATUS_LABELS } from "@/features/structures/ui.ts";

export type ExportedStructure = {
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

export const STRUCTURE_CSV_HEADERS = ["Type d'identifiant", "Identifiant", "Raison sociale", "Libellé de la structure", "Type", "Statut", "Adresse", "Code postal", "Ville", "Pays"];

/** Structures one export writes at most. */
export const STRUCTURE_EXPORT_MAX_ROWS = 10_000;

/** One structure's cells, in the order of the headers. */
export const structureCsvCells = (s: ExportedStructure): string[] => [
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
];

/** Semicolon-separated with a byte-order mark: what French spreadsheets open correctly. */
export function structuresCsv(structures: ExportedStructure[]): string {
  return csvDocument(STRUCTURE_CSV_HEADERS, structures.map(structureCsvCells));
}
