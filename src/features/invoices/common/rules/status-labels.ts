// How the portal names an invoice's status (the API keeps the enums' names). Pure: no I/O.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";

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

