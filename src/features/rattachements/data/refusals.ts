// The refusals of a claim that request and claim give alike (a French sentence), worded once.
import { AppError } from "@/server/errors.ts";

/** The refusal of a second claim while the user's first one waits for the platform's administration. */
export const pendingClaimRefusal = (name: string) =>
  new AppError(
    "CONFLICT",
    `Votre demande de désignation comme gestionnaire principal de la structure ${name} est déjà transmise à l'administration de la plateforme : elle est en attente de sa décision.`,
  );

/** Shown when the structure has a gestionnaire (again): the ordinary request is the way in. */
export const structureHasGestionnaire = (name: string) =>
  new AppError("CONFLICT", `La structure ${name} a un gestionnaire : demandez votre rattachement, il décidera de votre demande.`);
