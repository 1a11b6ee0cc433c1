// The cadres de facturation of « Factures de travaux » (issue 14): which document each deposits, whether it goes
// through the maîtrise d'œuvre first, whether it names the titulaire of the marché, and its EN 16931 type. Pure.
import type { WorksDocumentType } from "@/generated/prisma/enums.ts";
import { CADRE_LABELS, WORKS_CADRES, type WorksCadreCode } from "@/features/invoices/common/ui.ts";
import type { EInvoiceTypeCode } from "@/features/einvoice/index.ts";

export { WORKS_CADRES, type WorksCadreCode };

export const WORKS_CADRE_LABELS: Record<WorksCadreCode, string> = Object.fromEntries(WORKS_CADRES.map((cadre) => [cadre, CADRE_LABELS[cadre]])) as Record<WorksCadreCode, string>;

export const WORKS_DOCUMENT_TYPE_LABELS: Record<WorksDocumentType, string> = {
  PROJET_DECOMPTE_MENSUEL: "Projet de décompte mensuel",
  ETAT_ACOMPTE: "État d'acompte",
  ETAT_ACOMPTE_VALIDE: "État d'acompte validé",
  PROJET_DECOMPTE_FINAL: "Projet de décompte final",
  DECOMPTE_GENERAL_DEFINITIF: "Décompte général et définitif",
};

/** The document each cadre deposits (the real portal's A4..A14). */
export const DOCUMENT_TYPE_OF_CADRE: Record<WorksCadreCode, WorksDocumentType> = {
  A4: "PROJET_DECOMPTE_MENSUEL",
  A5: "ETAT_ACOMPTE",
  A6: "ETAT_ACOMPTE_VALIDE",
  A7: "PROJET_DECOMPTE_FINAL",
  A8: "DECOMPTE_GENERAL_DEFINITIF",
  A10: "PROJET_DECOMPTE_MENSUEL",
  A11: "PROJET_DECOMPTE_FINAL",
  A13: "PROJET_DECOMPTE_MENSUEL",
  A14: "PROJET_DECOMPTE_FINAL",
};

/** The projets de décompte (mensuel, final) are checked by the maîtrise d'œuvre; the others go to the MOA at once. */
const THROUGH_MOE: readonly WorksCadreCode[] = ["A4", "A7", "A10", "A11", "A13", "A14"];
export const goesThroughMoe = (cadre: WorksCadreCode) => THROUGH_MOE.includes(cadre);

/** A sous-traitant (A10, A11) or a cotraitant (A13, A14) names the titulaire (mandataire) of the marché. */
const WITH_TITULAIRE: readonly WorksCadreCode[] = ["A10", "A11", "A13", "A14"];
export const namesTitulaire = (cadre: WorksCadreCode) => WITH_TITULAIRE.includes(cadre);

/**
 * BT-3 of each document (UNTDID 1001): 875 « partial construction invoice » for the monthly statements (projet de
 * décompte mensuel, état d'acompte, validé or not), 876 « partial final construction invoice » for the projet de
 * décompte final, 877 « final construction invoice » for the décompte général et définitif.
 */
export const TYPE_CODE_OF_DOCUMENT: Record<WorksDocumentType, EInvoiceTypeCode> = {
  PROJET_DECOMPTE_MENSUEL: "875",
  ETAT_ACOMPTE: "875",
  ETAT_ACOMPTE_VALIDE: "875",
  PROJET_DECOMPTE_FINAL: "876",
  DECOMPTE_GENERAL_DEFINITIF: "877",
};

/** What the MOE's passing on makes of the supplier's document: its monthly statement becomes the état d'acompte. */
export const documentTypeAfterMoe = (type: WorksDocumentType): WorksDocumentType => (type === "PROJET_DECOMPTE_MENSUEL" ? "ETAT_ACOMPTE" : type);
