// How the portal names an invoice's status and its "Mode de dépôt" (the API keeps the enums' names). Pure: no I/O.
import type { DepositMode, InvoiceStatus } from "@/generated/prisma/enums.ts";

export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = {
  BROUILLON: "Brouillon",
  A_VALIDER_1: "À valider",
  VALIDEE_1: "Validée",
  REFUSEE_1: "Refusée",
  DEPOSEE: "Déposée",
  EN_COURS_ACHEMINEMENT: "En cours d'acheminement vers le destinataire",
  MISE_A_DISPOSITION: "Mise à disposition du destinataire",
  SUSPENDUE: "Suspendue",
  COMPLETEE: "Complétée",
  A_RECYCLER: "À recycler",
  REJETEE: "Rejetée",
  SERVICE_FAIT: "Service fait",
  MANDATEE: "Mandatée",
  MISE_A_DISPOSITION_COMPTABLE: "Mise à disposition comptable",
  COMPTABILISEE: "Comptabilisée",
  MISE_EN_PAIEMENT: "Mise en paiement",
};

export const DEPOSIT_MODE_LABELS: Record<DepositMode, string> = {
  SAISIE: "Saisie sur le portail",
  PDF_NON_SIGNE: "Dépôt PDF non signé",
  PDF_SIGNE_PADES: "Dépôt PDF signé (PAdES)",
  PDF_SIGNE_XADES: "Dépôt PDF signé (XAdES)",
  XML_MIXTE: "Dépôt XML mixte (Factur-X)",
  XML_STRUCTURE: "Dépôt XML structuré (UBL, CII)",
};
