// The two steps of "Création d'une nouvelle structure": the identification ("Continuer"), then the full form.
// Shared by the client forms and the server actions.
import { z } from "zod";
import { IdentifierType } from "@/generated/prisma/enums.ts";
import { COUNTRY_NAMES } from "@/lib/countries.ts";
import { buildEnCoursImmatriculationIdentifier, identifierError } from "../rules/identifier.ts";

/** Types offered under "La structure n'a pas de SIRET", in the portal's order. */
export const TYPES_WITHOUT_SIRET = ["EN_COURS_IMMATRICULATION", "TVA_INTRACOMMUNAUTAIRE", "HORS_UE", "RIDET", "TAHITI", "PARTICULIER"] as const;

/** Shown when the identifier is already registered: the user should ask to join the structure instead. */
export const STRUCTURE_ALREADY_REGISTERED = "Cette structure est déjà enregistrée sur le portail : demandez votre rattachement à cette structure.";

/** A public structure is never created by a user: it comes from the directory of public structures. */
export const PUBLIC_STRUCTURE_NOT_CREATED =
  "Une structure publique ne se crée pas sur le portail : elle figure dans l'annuaire des structures publiques. Recherchez-la et demandez votre rattachement.";

const countryNames: readonly string[] = COUNTRY_NAMES;
const text = (max: number, message: string) => z.string().trim().max(max, message);
const required = (max: number, missing: string, tooLong: string) => text(max, tooLong).min(1, missing);

/** The identifier typed by the user, or the one the portal builds for a company en cours d'immatriculation. */
export function effectiveIdentifier(input: { identifierType: IdentifierType; identifier: string; raisonSociale: string; pays: string }): string {
  if (input.identifierType === "EN_COURS_IMMATRICULATION") return buildEnCoursImmatriculationIdentifier(input.pays, input.raisonSociale) ?? "";
  return input.identifier.trim().toUpperCase();
}

function checkIdentifier(input: { identifierType: IdentifierType; identifier: string; raisonSociale: string; pays: string }, ctx: z.RefinementCtx) {
  const identifier = effectiveIdentifier(input);
  if (input.identifierType === "EN_COURS_IMMATRICULATION" && identifier === "") {
    ctx.addIssue({ code: "custom", path: ["raisonSociale"], message: "Merci de renseigner la Raison sociale et le pays." });
    return;
  }
  const error = identifierError(input.identifierType, identifier);
  if (error) ctx.addIssue({ code: "custom", path: ["identifier"], message: error });
}

export const structureIdentificationSchema = z
  .object({
    identifierType: z.enum(IdentifierType, "Choisissez le type d'identifiant de la structure."),
    identifier: text(80, "L'identifiant comporte 80 caractères au plus."),
    raisonSociale: text(200, "La raison sociale comporte 200 caractères au plus."),
    pays: z.string(),
  })
  .superRefine(checkIdentifier);
export type StructureIdentificationInput = z.infer<typeof structureIdentificationSchema>;

const optionalEmail = z.union([z.literal(""), z.email("Saisissez une adresse électronique valide, par exemple contact@entreprise.fr.")]);
const optionalPhone = z
  .string()
  .trim()
  .regex(/^[0-9+ ().-]{0,20}$/, "Le numéro ne comporte que des chiffres, espaces et les signes + . ( ) - (20 caractères au plus).");

export const structureCreationSchema = z
  .object({
    identifierType: z.enum(IdentifierType, "Choisissez le type d'identifiant de la structure."),
    identifier: text(80, "L'identifiant comporte 80 caractères au plus."),
    raisonSociale: required(200, "Saisissez la raison sociale.", "La raison sociale comporte 200 caractères au plus."),
    status: z.enum(["ACTIF", "INACTIF"], "Choisissez le statut de la structure."),
    libelle: text(200, "Le libellé comporte 200 caractères au plus."),
    email: optionalEmail,
    recevoirCyclesVieEdi: z.boolean(),
    emetteurEdi: z.boolean(),
    centreGestionAgricole: z.boolean(),
    raccordementActif: z.boolean(),
    // Public structures come from the directory (or the platform's administration), never from a user's form: decision 0005.
    kind: z.literal("PRIVEE", PUBLIC_STRUCTURE_NOT_CREATED),
    adresse: required(200, "Saisissez l'adresse.", "L'adresse comporte 200 caractères au plus."),
    complementAdresse1: text(200, "Le complément d'adresse comporte 200 caractères au plus."),
    complementAdresse2: text(200, "Le complément d'adresse comporte 200 caractères au plus."),
    codePostal: required(10, "Saisissez le code postal.", "Le code postal comporte 10 caractères au plus."),
    ville: required(100, "Saisissez la ville.", "La ville comporte 100 caractères au plus."),
    pays: z.string().refine((pays) => countryNames.includes(pays), "Choisissez le pays."),
    telephone: optionalPhone,
    fax: optionalPhone,
  })
  .superRefine((input, ctx) => {
    checkIdentifier(input, ctx);
    if (input.pays === "France" && !/^\d{5}$/.test(input.codePostal)) {
      ctx.addIssue({ code: "custom", path: ["codePostal"], message: "Le code postal français comporte 5 chiffres." });
    }
  });
export type StructureCreationInput = z.infer<typeof structureCreationSchema>;
