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
  // Works documents (issue 14): the maîtrise d'œuvre's circuit before the maître d'ouvrage.
  MISE_A_DISPOSITION_MOE: "Mise à disposition de la MOE",
  A_COMPLETER: "À compléter",
  REFUSEE_MOE: "Refusée par la MOE",
  TRANSMISE_MOA: "Transmise à la MOA",
  ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE: "Transmise à la MOA sans validation de la MOE dans le délai",
};

