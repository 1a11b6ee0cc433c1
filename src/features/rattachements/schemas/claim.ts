// "Demande de désignation comme gestionnaire principal": what a user sends to the platform's administration to
// join a structure that has no active gestionnaire. Shared by the form and the server action.
import { z } from "zod";
import { uuid } from "@/lib/uuid.ts";

/** The supporting document: a PDF or an image, 5 Mo at most, its type read from its content. */
export const CLAIM_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const CLAIM_DOCUMENT_TYPES: Record<string, string> = { pdf: "application/pdf", png: "image/png", jpg: "image/jpeg" };
export const CLAIM_DOCUMENT_HINT = "PDF, PNG ou JPEG, 5 Mo au plus (par exemple une délégation de signature ou un extrait Kbis)";
export const CLAIM_JUSTIFICATION_MAX = 2000;
/** Claims one account may have waiting at once. */
export const MAX_PENDING_CLAIMS_PER_USER = 5;

export const claimStructureSchema = z.object({
  structureId: uuid("Structure introuvable."),
  justification: z
    .string()
    .trim()
    .min(20, "Expliquez votre demande en quelques phrases (20 caractères au moins) : votre fonction dans la structure et ce qui vous habilite à la gérer.")
    .max(CLAIM_JUSTIFICATION_MAX, "La justification comporte 2 000 caractères au plus."),
});
export type ClaimStructureInput = z.infer<typeof claimStructureSchema>;

/** The uploaded file as the use case receives it (null: no document). */
export type ClaimDocumentUpload = { name: string; content: Uint8Array } | null;
