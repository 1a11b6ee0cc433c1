import type { Structure } from "@/generated/prisma/client.ts";
import { engagementFormatLabel, engagementFormatOf } from "@/features/directory/ui.ts";
import { IDENTIFIER_TYPE_LABELS, RECEPTION_FORMAT_LABELS, STRUCTURE_KIND_LABELS, STRUCTURE_STATUS_LABELS } from "../rules/labels.ts";

const yesNo = (value: boolean) => (value ? "Oui" : "Non");

/** "Informations générales" of the structure page, as read-only lines. */
export function StructurePageGeneral({ structure: s }: { structure: Structure }) {
  const address = [s.adresse, s.complementAdresse1, s.complementAdresse2, `${s.codePostal} ${s.ville}`, s.pays].filter(Boolean).join(", ");
  const lines: [string, string][] = [
    ["Type identifiant", IDENTIFIER_TYPE_LABELS[s.identifierType]],
    ["Identifiant", s.identifier],
    ["Raison sociale", s.raisonSociale],
    ["Libellé de la structure", s.libelle ?? ""],
    ["Adresse électronique", s.email ?? ""],
    ["Type", `Structure ${STRUCTURE_KIND_LABELS[s.kind].toLowerCase()}`],
    ["Statut", STRUCTURE_STATUS_LABELS[s.status]],
    ["Recevoir les cycles de vies en EDI", yesNo(s.recevoirCyclesVieEdi)],
    ["Est émetteur de flux EDI", yesNo(s.emetteurEdi)],
    ["La structure est un centre de gestion agricole", yesNo(s.centreGestionAgricole)],
    ["Demande de raccordement active", yesNo(s.raccordementActif)],
    ["Adresse postale du siège", address],
    ["Téléphone", s.telephone ?? ""],
    ["Fax", s.fax ?? ""],
  ];
  if (s.kind === "PUBLIQUE") {
    lines.push(
      ["Engagement obligatoire", yesNo(s.engagementObligatoire)],
      ["Code service obligatoire", yesNo(s.serviceObligatoire)],
      ["Format du numéro d'engagement", engagementFormatLabel(engagementFormatOf(s))],
      ["Format de réception des factures", RECEPTION_FORMAT_LABELS[s.receptionFormat]],
    );
  }
  return (
    <dl className="fr-mb-3w">
      {lines.map(([term, value]) => (
        <div key={term} className="fr-grid-row">
          <dt className="fr-col-12 fr-col-md-5 fr-text--bold">{term} :</dt>
          <dd className="fr-col-12 fr-col-md-7 fr-m-0">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
