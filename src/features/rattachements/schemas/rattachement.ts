// Inputs of the rattachement screens: the structure search (from the URL), the request, the removal of one's own
// rattachements and the gestionnaire's decision. Shared by the forms and the server actions.
import { z } from "zod";
import { Espace, IdentifierType, StructureKind, StructureStatus } from "@/generated/prisma/enums.ts";
import { uuid } from "@/lib/uuid.ts";

const criterion = z.string().trim().max(200).catch("");

export const SEARCH_SORTS = ["identifiant", "designation", "statut"] as const;
export const PAGE_SIZES = [5, 10, 20] as const;

/**
 * "Critères de recherche" and the result's sort and page, read from the URL (GET form): bad values fall back to
 * the defaults rather than failing, since anyone can edit a URL.
 */
export const structureSearchSchema = z.object({
  /** Set by "Rechercher": until then the page shows no result. */
  recherche: z.literal("1").optional().catch(undefined),
  raisonSociale: criterion,
  identifiant: criterion,
  libelle: criterion,
  nom: criterion,
  prenom: criterion,
  codePostal: criterion,
  ville: criterion,
  pays: criterion,
  type: z.enum(StructureKind).optional().catch(undefined),
  typeIdentifiant: z.enum(IdentifierType).optional().catch(undefined),
  statut: z.enum(StructureStatus).optional().catch(undefined),
  tri: z.enum(SEARCH_SORTS).catch("identifiant"),
  ordre: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).catch(1),
  lignes: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(5),
});
export type StructureSearch = z.infer<typeof structureSearchSchema>;

/** The search's URL parameters, from Next's searchParams (the last value wins when one is repeated). */
export function parseStructureSearch(params: Record<string, string | string[] | undefined>): StructureSearch {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.at(-1) : value]));
  return structureSearchSchema.parse(single);
}

const ids = (message: string) => z.array(uuid(message)).min(1, message);

export const requestRattachementSchema = z.object({
  structureIds: ids("Sélectionnez au moins une structure dans le résultat de la recherche."),
});

/** The claim form of a structure that has no gestionnaire (the request goes to the platform's administration). */
export const claimPath = (structureId: string) => `/mon-compte/rattachements/administration/${structureId}`;

export const removeRattachementsSchema = z.object({
  rattachementIds: ids("Sélectionnez au moins un rattachement à supprimer."),
});

export const acceptRattachementSchema = z.object({
  rattachementId: uuid("Demande de rattachement introuvable."),
  role: z.enum(["GESTIONNAIRE_SECONDAIRE", "UTILISATEUR_SIMPLE"], "Choisissez le rôle de l'utilisateur."),
  /** None means "Tous les services". */
  serviceIds: z.array(uuid("Choisissez des services de la structure.")),
  consultation: z.array(z.enum(Espace, "Choisissez des espaces de la structure.")),
  /** Modification implies consultation. */
  modification: z.array(z.enum(Espace, "Choisissez des espaces de la structure.")),
});
export type AcceptRattachementInput = z.infer<typeof acceptRattachementSchema>;

export const refuseRattachementSchema = z.object({
  rattachementId: uuid("Demande de rattachement introuvable."),
  motif: z.string().trim().min(1, "Saisissez le motif du refus : il est envoyé au demandeur.").max(1000, "Le motif comporte 1 000 caractères au plus."),
});
export type RefuseRattachementInput = z.infer<typeof refuseRattachementSchema>;

/** The URL query of a search, with some parameters changed (sort, page…): the inverse of parseStructureSearch. */
export function structureSearchQuery(search: StructureSearch, changes: Partial<StructureSearch> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...changes })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}

/** « Accepter » / « Décliner » an invitation (Mon compte > Mes rattachements aux structures). */
export const answerInvitationSchema = z.object({
  rattachementId: uuid("Invitation introuvable."),
  answer: z.enum(["accepter", "decliner"], "Choisissez d'accepter ou de décliner l'invitation."),
});
