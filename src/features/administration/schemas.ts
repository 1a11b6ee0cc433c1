// Inputs of the Administration space: the claims list's filter (from the URL), and the decisions on a claim.
import { z } from "zod";
import { StructureClaimStatus } from "@/generated/prisma/enums.ts";
import { uuid } from "@/lib/uuid.ts";

export const claimFilterSchema = z.object({
  statut: z.enum(StructureClaimStatus).or(z.literal("TOUS")).catch("EN_ATTENTE"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ClaimFilter = z.infer<typeof claimFilterSchema>;

export const approveClaimSchema = z.object({ claimId: uuid("Demande introuvable.") });
export type ApproveClaimInput = z.infer<typeof approveClaimSchema>;

export const refuseClaimSchema = z.object({
  claimId: uuid("Demande introuvable."),
  motif: z
    .string()
    .trim()
    .min(1, "Saisissez le motif du refus : il est envoyé au demandeur.")
    .max(1000, "Le motif comporte 1 000 caractères au plus."),
});
export type RefuseClaimInput = z.infer<typeof refuseClaimSchema>;

export const auditPageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });
