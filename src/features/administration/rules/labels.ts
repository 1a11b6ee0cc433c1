import type { StructureClaimStatus } from "@/generated/prisma/enums.ts";

export const CLAIM_STATUS_LABELS: Record<StructureClaimStatus, string> = {
  EN_ATTENTE: "En attente",
  ACCEPTEE: "Approuvée",
  REFUSEE: "Refusée",
};

/** What each audited action means, as the journal shows it. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  DESIGNATION_APPROUVEE: "Demande de désignation approuvée",
  DESIGNATION_REFUSEE: "Demande de désignation refusée",
};
