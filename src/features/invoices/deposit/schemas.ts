// "Dépôt d'une nouvelle facture": the form's fields beside the file (format, cadre, structure, service), one schema
// for the page and the server action; and the labels of the "Mode de dépôt" an invoice shows.
import { z } from "zod";
import { CADRES } from "../common/schemas.ts";

export const DEPOSIT_FORMATS = ["PDF_NON_SIGNE", "PDF_SIGNE_PADES", "PDF_SIGNE_XADES", "XML_MIXTE", "XML_STRUCTURE"] as const;
export type DepositFormatCode = (typeof DEPOSIT_FORMATS)[number];

/** « Format de dépôt », as the portal names them. */
export const DEPOSIT_FORMAT_LABELS: Record<DepositFormatCode, string> = {
  PDF_NON_SIGNE: "PDF non signé",
  PDF_SIGNE_PADES: "PDF signé (signature PAdES)",
  PDF_SIGNE_XADES: "PDF signé (signature XAdES)",
  XML_MIXTE: "XML mixte",
  XML_STRUCTURE: "XML structuré",
};

/** « Mode de dépôt » of an invoice: entered in the portal, or deposited in one of the formats. */
export const DEPOSIT_MODE_LABELS: Record<"SAISIE" | DepositFormatCode, string> = { SAISIE: "Saisie sur le portail", ...DEPOSIT_FORMAT_LABELS };

/**
 * A structured deposit (XML structuré, or the XML of a Factur-X) IS the invoice: its number, date, lines and amounts
 * stay as the file gives them (document-level allowances, prepaid amounts… included); the user only completes the
 * routing (recipient, services, engagement, marché, cadre, comment) and sends it, with no new invoice document.
 */
export const isStructuredDeposit = (mode: string | undefined | null) => mode === "XML_MIXTE" || mode === "XML_STRUCTURE";

/** The attachment type of the deposited file, kept with the invoice it became. */
export const ORIGINAL_ATTACHMENT_TYPE = "Facture originale";

/** One invoice file: 20 Mo at most (the readers refuse more; the server actions accept bodies of that size). */
export const MAX_DEPOSIT_BYTES = 20 * 1024 * 1024;

export const depositSchema = z.object({
  supplierStructureId: z.uuid("Choisissez la structure qui dépose la facture."),
  supplierServiceId: z.union([z.uuid("Choisissez un service de la liste."), z.literal("")]).optional(),
  cadre: z.enum(CADRES, "Choisissez un cadre de facturation."),
  format: z.enum(DEPOSIT_FORMATS, "Choisissez le format de dépôt."),
});
export type DepositInput = z.input<typeof depositSchema>;
export type DepositValues = z.output<typeof depositSchema>;

/** The file field's own checks, before anything is read: present, not empty, not too large. */
export function depositFileError(file: { size: number } | null | undefined): string | undefined {
  if (!file || file.size === 0) return "Choisissez le fichier de la facture à déposer.";
  if (file.size > MAX_DEPOSIT_BYTES) return "Le fichier dépasse 20 Mo : une facture déposée fait au plus 20 Mo.";
  return undefined;
}
