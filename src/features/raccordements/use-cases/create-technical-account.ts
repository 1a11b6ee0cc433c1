import { randomBytes } from "node:crypto";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { espaceRightsOf, requireOpenEspaces, TECHNICAL_ACCOUNT_EMAIL_DOMAIN } from "@/features/rattachements/index.ts";
import { lockStructure, requireGestionnaire } from "@/features/structures/index.ts";
import { auditRaccordement } from "../data/audit.ts";
import { TECHNICAL_ACCOUNT_PRENOM } from "../rules/labels.ts";
import type { TechnicalAccountInput } from "../schemas.ts";

/**
 * "+ Créer un compte technique": a user of kind COMPTE_TECHNIQUE, active, without password (it never signs in: only the
 * structure's applications act as it, through the API), with a login nobody can receive mail at, the structure's
 * address, and an active rattachement of simple user giving the espaces chosen, among those the structure opens.
 */
export async function createTechnicalAccount({ userId, structureId, input }: { userId: string; structureId: string; input: TechnicalAccountInput }) {
  return db.$transaction(async (tx) => {
    await requireGestionnaire(tx, userId, structureId);
    // One creation at a time per structure: two accounts of one name would be told apart by nothing on the screens.
    await lockStructure(tx, structureId);
    const espaces = espaceRightsOf(input);
    await requireOpenEspaces(tx, structureId, espaces.map((e) => e.espace));
    const namesake = await tx.rattachement.count({ where: { structureId, user: { kind: "COMPTE_TECHNIQUE", nom: { equals: input.nom, mode: "insensitive" } } } });
    if (namesake > 0) throw new AppError("CONFLICT", `Un compte technique nommé « ${input.nom} » existe déjà dans la structure.`, "nom");
    const structure = await tx.structure.findUniqueOrThrow({
      where: { id: structureId },
      select: { adresse: true, complementAdresse1: true, complementAdresse2: true, codePostal: true, ville: true, pays: true },
    });
    const account = await tx.user.create({
      data: {
        kind: "COMPTE_TECHNIQUE",
        status: "ACTIF",
        loginEmail: `compte-technique-${randomBytes(8).toString("hex")}@${TECHNICAL_ACCOUNT_EMAIL_DOMAIN}`,
        nom: input.nom,
        prenom: TECHNICAL_ACCOUNT_PRENOM,
        ...structure,
        rattachements: { create: { structureId, role: "UTILISATEUR_SIMPLE", status: "ACTIF", decidedById: userId, decidedAt: new Date(), espaces: { create: espaces } } },
      },
      select: { id: true, loginEmail: true, nom: true },
    });
    await auditRaccordement(tx, userId, "TECHNICAL_ACCOUNT_CREATED", { type: "TechnicalAccount", id: account.id, structureId, detail: { nom: account.nom, espaces } });
    return account;
  });
}
