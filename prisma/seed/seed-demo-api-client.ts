// The demo's ready API client: a technical account of CHORUS SOCIETE (the demo supplier) with Factures émises in
// modification, and an application acting as it, so that the API can be tried at once (README, « API »). Running it
// again changes nothing, except the secret when the one given is not (or no longer) the stored one: only its hash is
// kept, so a secret lost is a secret rotated.
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { newClientSecret, newCredentials, secretMatches } from "@/server/api/client-credentials.ts";

export const DEMO_API_SUPPLIER = { identifierType: "EN_COURS_IMMATRICULATION", identifier: "FRCHORUSSOCIETE" } as const;
/** Found by this login on every run; the domain is the technical accounts' own, where no mail can be received. */
export const DEMO_TECHNICAL_ACCOUNT_LOGIN = "demonstration-api@comptes-techniques.invalid";
export const DEMO_APPLICATION_NAME = "Logiciel de facturation (démonstration)";

/** The application's credentials, and its structure's id (an invoice's supplierStructureId). */
export type DemoApiClient = { clientId: string; clientSecret: string; rotated: boolean };

/**
 * The technical account and its application; `known` is what the previous run handed out (.data/demo-api-client.json):
 * kept when it still opens the application, else a new secret. Null when CHORUS SOCIETE is not in the database (the
 * end-to-end tests create it themselves).
 */
export async function seedDemoApiClient(db: PrismaClient, known?: { clientId?: string; clientSecret?: string }): Promise<DemoApiClient | null> {
  const structure = await db.structure.findUnique({
    where: { identifierType_identifier: DEMO_API_SUPPLIER },
    select: { id: true, adresse: true, complementAdresse1: true, complementAdresse2: true, codePostal: true, ville: true, pays: true },
  });
  if (!structure) return null;
  const { id: structureId, ...address } = structure;
  const account = await db.user.upsert({
    where: { loginEmail: DEMO_TECHNICAL_ACCOUNT_LOGIN },
    // The first name every technical account bears (raccordements' TECHNICAL_ACCOUNT_PRENOM); no password: it never signs in.
    create: { kind: "COMPTE_TECHNIQUE", status: "ACTIF", loginEmail: DEMO_TECHNICAL_ACCOUNT_LOGIN, nom: "Démonstration API", prenom: "Compte technique", ...address },
    update: {},
    select: { id: true },
  });
  await db.rattachement.upsert({
    where: { userId_structureId: { userId: account.id, structureId } },
    create: {
      userId: account.id,
      structureId,
      role: "UTILISATEUR_SIMPLE",
      status: "ACTIF",
      decidedAt: new Date(),
      espaces: { create: [{ espace: "FACTURES_EMISES", consultation: true, modification: true }] },
    },
    update: {},
  });

  const application = await db.apiClient.findFirst({ where: { technicalAccountId: account.id, structureId, name: DEMO_APPLICATION_NAME, revokedAt: null }, orderBy: { createdAt: "desc" } });
  if (!application) {
    const { clientSecret, ...credentials } = newCredentials();
    await db.apiClient.create({ data: { structureId, technicalAccountId: account.id, name: DEMO_APPLICATION_NAME, scopes: ["lecture", "ecriture"], ...credentials } });
    return { clientId: credentials.clientId, clientSecret, rotated: false };
  }
  if (known?.clientId === application.clientId && known.clientSecret && secretMatches(known.clientSecret, application.secretHash)) {
    return { clientId: application.clientId, clientSecret: known.clientSecret, rotated: false };
  }
  const { clientSecret, ...secret } = newClientSecret();
  await db.apiClient.update({ where: { id: application.id }, data: { ...secret, secretRotatedAt: new Date() } });
  return { clientId: application.clientId, clientSecret, rotated: true };
}
