// The refusals several use cases give alike (a French sentence, on the field it concerns), so that each is worded once.
import { AppError } from "@/server/errors.ts";
import { STRUCTURE_ALREADY_REGISTERED } from "../schemas/structure-creation.ts";

export const alreadyRegistered = () => new AppError("CONFLICT", STRUCTURE_ALREADY_REGISTERED, "identifier");

export const duplicateServiceCode = (code: string) => new AppError("CONFLICT", `Un service de code « ${code} » existe déjà dans la structure.`, "code");

export const duplicateIban = () => new AppError("CONFLICT", "Ce compte (IBAN) est déjà enregistré pour la structure : modifiez-le ou réactivez-le.", "iban");

/** The refusal of a second claim while the user's first one waits for the platform's administration. */
export const pendingClaimRefusal = (name: string) =>
  new AppError(
    "CONFLICT",
    `Votre demande de désignation comme gestionnaire principal de la structure ${name} est déjà transmise à l'administration de la plateforme : elle est en attente de sa décision.`,
  );

/** Shown when the structure has a gestionnaire (again): the ordinary request is the way in. */
export const structureHasGestionnaire = (name: string) =>
  new AppError("CONFLICT", `La structure ${name} a un gestionnaire : demandez votre rattachement, il décidera de votre demande.`);
