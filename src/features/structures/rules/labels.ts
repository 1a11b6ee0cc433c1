import type { IdentifierType, RattachementStatus, ReceptionFormat, Role, StructureKind, StructureStatus } from "@/generated/prisma/enums.ts";

export const ROLE_LABELS: Record<Role, string> = {
  GESTIONNAIRE_PRINCIPAL: "Gestionnaire principal",
  GESTIONNAIRE_SECONDAIRE: "Gestionnaire secondaire",
  UTILISATEUR_SIMPLE: "Utilisateur simple",
};

export const RATTACHEMENT_STATUS_LABELS: Record<RattachementStatus, string> = {
  INVITE: "Invitation reçue",
  EN_ATTENTE: "En attente",
  ACTIF: "Actif",
  REFUSE: "Refusé",
  DESACTIVE: "Désactivé",
};

/** Types d'identifiant, as the portal names them in its forms. */
export const IDENTIFIER_TYPE_LABELS: Record<IdentifierType, string> = {
  SIRET: "SIRET",
  EN_COURS_IMMATRICULATION: "En cours d'immatriculation",
  TVA_INTRACOMMUNAUTAIRE: "TVA intracommunautaire",
  HORS_UE: "Hors UE",
  RIDET: "RIDET",
  TAHITI: "Numéro Tahiti",
  PARTICULIER: "Particulier",
};

export const STRUCTURE_KIND_LABELS: Record<StructureKind, string> = {
  PRIVEE: "Privée",
  PUBLIQUE: "Publique",
};

export const STRUCTURE_STATUS_LABELS: Record<StructureStatus, string> = {
  ACTIF: "Actif",
  INACTIF: "Inactif",
};

/**
 * « Format de réception des factures » of a public structure: the file its invoice pages, its ZIP downloads and the
 * API give for each invoice it receives (attachments aside, unchanged).
 */
export const RECEPTION_FORMAT_LABELS: Record<ReceptionFormat, string> = {
  FACTURX: "Factur-X (PDF avec ses données XML)",
  CII: "XML UN/CEFACT CII",
  UBL: "XML UBL 2.1",
  PDF: "PDF seul (sans logiciel de facturation)",
};
