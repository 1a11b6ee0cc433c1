import { Prisma } from "@/generated/prisma/client.ts";
import type { Espace } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import { structureSearchText } from "@/features/directory/index.ts";
import { effectiveIdentifier, PUBLIC_STRUCTURE_NOT_CREATED, type StructureCreationInput } from "../schemas/structure-creation.ts";
import { AppError } from "@/server/errors.ts";
import { alreadyRegistered } from "../data/refusals.ts";
import { postalAddressData, emptyToNull } from "@/lib/postal-address.ts";

/** The espaces a new (private) structure opens for all its services. */
const NEW_STRUCTURE_ESPACES: Espace[] = ["FACTURES_EMISES", "SOLLICITATIONS_EMISES", "MON_COMPTE", "ACTIVITES_GESTIONNAIRE"];

const DEFAULT_SERVICE = { code: "DEFAUT", libelle: "Service par défaut de la structure" };


/**
 * "Création d'une nouvelle structure": the structure, its default service and espaces, and its creator as
 * gestionnaire principal, in one transaction. An identifier already registered (even by a concurrent creation,
 * caught by the unique index) sends the user to a rattachement request instead.
 */
export async function createStructure({ userId, input }: { userId: string; input: StructureCreationInput }) {
  const identifier = effectiveIdentifier(input);
  const fields = {
    identifierType: input.identifierType,
    identifier,
    raisonSociale: input.raisonSociale,
    libelle: emptyToNull(input.libelle),
    email: emptyToNull(input.email),
    kind: input.kind,
    status: input.status,
    recevoirCyclesVieEdi: input.recevoirCyclesVieEdi,
    emetteurEdi: input.emetteurEdi,
    centreGestionAgricole: input.centreGestionAgricole,
    raccordementActif: input.raccordementActif,
    ...postalAddressData(input),
  };
  // Only a private structure is created here (the schema says so; a caller that skipped it is refused too).
  if ((input.kind as string) !== "PRIVEE") throw new AppError("VALIDATION", PUBLIC_STRUCTURE_NOT_CREATED, "kind");
  const espaces: Espace[] = NEW_STRUCTURE_ESPACES;
  try {
    return await db.$transaction(async (tx) => {
      const structure = await tx.structure.create({
        data: {
          ...fields,
          searchText: structureSearchText(fields),
          services: { create: DEFAULT_SERVICE },
          espaces: { create: espaces.map((espace) => ({ espace })) },
          rattachements: { create: { userId, role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF", decidedAt: new Date() } },
        },
        select: { id: true, kind: true },
      });
      await recordEvents(tx, {
        userIds: [userId],
        structureId: structure.id,
        espace: "ACTIVITES_GESTIONNAIRE",
        type: "STRUCTURE_CREEE",
        message: `Création de la structure ${fields.raisonSociale} (${identifier}) : vous en êtes le gestionnaire principal`,
        link: `/activites-gestionnaire/structures/${structure.id}`,
      });
      return structure;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyRegistered();
    throw error;
  }
}
