// The inputs of a structure's users (Activités du gestionnaire > Mes structures > Utilisateurs): invite, change,
// deactivate, reactivate, remove. Shared by the forms and the server actions; fields arrive from FormData.
import { z } from "zod";
import { Espace, Role } from "@/generated/prisma/enums.ts";
import { idList, requiredText } from "@/lib/form-fields.ts";

/**
 * Role, services (none = every service) and espaces of a user of the structure: `espaces` are given in consultation
 * (checkbox « Consultation »), `modification` those also in modification (checkbox « Modification », which implies
 * consultation).
 */
const rattachementFields = {
  role: z.enum(Role, "Choisissez le rôle de l'utilisateur."),
  serviceIds: idList("Service introuvable."),
  espaces: z.array(z.enum(Espace)).max(20).default([]),
  modification: z.array(z.enum(Espace)).max(20).default([]),
};

/**
 * The rows of RattachementEspace for the espaces chosen, with the rights the gestionnaire chose: every espace given is
 * read, those in `modification` changed too. A caller that gives no `modification` list at all (one that predates the
 * rights) gives every espace in modification, as the database's default flags do.
 */
export function espaceRightsOf(input: { espaces: Espace[]; modification?: Espace[] }) {
  const espaces = [...new Set([...input.espaces, ...(input.modification ?? [])])];
  return espaces.map((espace) => ({ espace, consultation: true, modification: input.modification ? input.modification.includes(espace) : true }));
}

/**
 * The domain of the technical accounts' logins (Raccordements EDI et API): reserved (RFC 2606), it receives no mail,
 * and such an account never signs in, so it is never invited to a structure.
 */
export const TECHNICAL_ACCOUNT_EMAIL_DOMAIN = "comptes-techniques.invalid";
export const TECHNICAL_ACCOUNT_NOT_INVITED = "Cette adresse est celle d'un compte technique : il ne peut pas être invité dans une structure.";

/** The one answer to "+ Rattacher un utilisateur", whether the address has an account or not. */
export const INVITATION_SENT = "Une invitation a été envoyée à cette adresse : l'utilisateur rejoindra la structure quand il l'aura acceptée.";

export const attachUserSchema = z.object({
  email: requiredText("Saisissez l'adresse électronique de connexion de l'utilisateur.")
    .toLowerCase()
    .pipe(z.email("Saisissez une adresse électronique valide, par exemple nom@domaine.fr."))
    .refine((email) => !email.endsWith(`@${TECHNICAL_ACCOUNT_EMAIL_DOMAIN}`), TECHNICAL_ACCOUNT_NOT_INVITED),
  ...rattachementFields,
});
/** `modification` may be left out by a caller that predates the rights (see espaceRightsOf). */
export type AttachUserInput = Omit<z.infer<typeof attachUserSchema>, "modification"> & { modification?: Espace[] };

export const updateRattachementSchema = z.object(rattachementFields);
export type UpdateRattachementInput = Omit<z.infer<typeof updateRattachementSchema>, "modification"> & { modification?: Espace[] };

export const USER_OPERATIONS = ["desactiver", "reactiver", "supprimer"] as const;

export const usersSelectionSchema = z.object({
  operation: z.enum(USER_OPERATIONS, "Choisissez une action."),
  rattachementIds: idList("Utilisateur introuvable.").min(1, "Sélectionnez au moins un utilisateur."),
});
