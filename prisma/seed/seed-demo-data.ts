// Loads the demo data; running it again changes nothing (every row is found by its natural key).
import type { PrismaClient } from "@/generated/prisma/client.ts";
import { structureSearchText } from "@/features/directory/rules/search-text.ts";
import { hashSecret } from "@/server/auth/passwords.ts";
import { seedDemoSecondFactor } from "./seed-demo-second-factor.ts";
import { DEMO_ACTUALITES, DEMO_ADMINISTRATOR, DEMO_STRUCTURES, type DemoStructure, type DemoUser } from "./demo-data.ts";

export type DemoAccount = { email: string; name: string; structure: string };

async function upsertStructure(db: PrismaClient, data: DemoStructure) {
  const { services, espaces, gestionnaire, readers: _readers, mandate: _signedMandate, bankAccounts = [], ...fields } = data;
  const structure = await db.structure.upsert({
    where: { identifierType_identifier: { identifierType: fields.identifierType, identifier: fields.identifier } },
    create: { ...fields, searchText: structureSearchText(fields) },
    update: {},
  });
  for (const service of services) {
    await db.service.upsert({
      where: { structureId_code: { structureId: structure.id, code: service.code } },
      create: { ...service, structureId: structure.id },
      update: {},
    });
  }
  for (const account of bankAccounts) {
    await db.bankAccount.upsert({
      where: { structureId_iban: { structureId: structure.id, iban: account.iban } },
      create: { ...account, structureId: structure.id },
      update: {},
    });
  }
  const opened = await db.structureEspace.findMany({ where: { structureId: structure.id, serviceId: null }, select: { espace: true } });
  const missing = espaces.filter((espace) => !opened.some((o) => o.espace === espace));
  if (missing.length) await db.structureEspace.createMany({ data: missing.map((espace) => ({ structureId: structure.id, espace })) });
  return structure;
}

type DemoHashes = { password: string; secretAnswer: string };
type DemoAddress = { adresse: string; codePostal: string; ville: string };

/** An active demo account (created once: a later seed leaves it as it is), with the platform role when given. */
function upsertDemoUser(db: PrismaClient, user: DemoUser, hashes: DemoHashes, address: DemoAddress, platformRole?: "ADMINISTRATEUR") {
  return db.user.upsert({
    where: { loginEmail: user.email },
    create: {
      loginEmail: user.email,
      nom: user.nom,
      prenom: user.prenom,
      adresse: address.adresse,
      codePostal: address.codePostal,
      ville: address.ville,
      pays: "France",
      passwordHash: hashes.password,
      secretQuestion: "Nom de votre première école ?",
      secretAnswerHash: hashes.secretAnswer,
      status: "ACTIF",
      platformRole,
    },
    update: platformRole ? { platformRole } : {},
  });
}

async function upsertGestionnaire(db: PrismaClient, structureId: string, user: DemoUser, hashes: DemoHashes, address: DemoStructure) {
  const account = await upsertDemoUser(db, user, hashes, address);
  await db.rattachement.upsert({
    where: { userId_structureId: { userId: account.id, structureId } },
    create: { userId: account.id, structureId, role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF", decidedAt: new Date() },
    update: {},
  });
  return account;
}

/** A simple user of the structure given its espaces in consultation only (the gestionnaire's choice is kept as seeded). */
async function upsertReader(db: PrismaClient, structureId: string, user: DemoUser & { espaces: DemoStructure["espaces"] }, hashes: DemoHashes, address: DemoStructure) {
  const account = await upsertDemoUser(db, user, hashes, address);
  await db.rattachement.upsert({
    where: { userId_structureId: { userId: account.id, structureId } },
    create: {
      userId: account.id,
      structureId,
      role: "UTILISATEUR_SIMPLE",
      status: "ACTIF",
      decidedAt: new Date(),
      espaces: { create: user.espaces.map((espace) => ({ espace, consultation: true, modification: false })) },
    },
    update: {},
  });
}

/** The platform's administrator (User.platformRole), attached to no structure. */
async function upsertAdministrator(db: PrismaClient, user: DemoUser, hashes: DemoHashes) {
  await upsertDemoUser(db, user, hashes, { adresse: "139 rue de Bercy", codePostal: "75012", ville: "Paris" }, "ADMINISTRATEUR");
}

async function ensureSignedMandate(db: PrismaClient, structureId: string, libelle: string, signataireId: string) {
  if (await db.mandate.findFirst({ where: { structureId, libelle } })) return;
  await db.mandate.create({ data: { structureId, libelle, status: "ACTIF", createdById: signataireId, signataireId, signedAt: new Date() } });
}

/**
 * Structures and actualités always; the demo accounts (and the suppliers' signed mandates) only when a
 * password is given for them (never implicitly in production: see scripts/start.ts). `excludeIdentifiers`
 * leaves structures out, so that an end-to-end journey can create them as a new user would.
 */
export async function seedDemoData(db: PrismaClient, options: { demoPassword?: string; excludeIdentifiers?: string[] }): Promise<DemoAccount[]> {
  const hashes = options.demoPassword
    ? { password: await hashSecret(options.demoPassword), secretAnswer: await hashSecret("jules ferry") }
    : undefined;
  const accounts: DemoAccount[] = [];
  for (const data of DEMO_STRUCTURES.filter((s) => !options.excludeIdentifiers?.includes(s.identifier))) {
    const structure = await upsertStructure(db, data);
    if (hashes && data.gestionnaire) {
      const gestionnaire = await upsertGestionnaire(db, structure.id, data.gestionnaire, hashes, data);
      if (data.mandate) await ensureSignedMandate(db, structure.id, data.mandate, gestionnaire.id);
      accounts.push({ email: data.gestionnaire.email, name: `${data.gestionnaire.prenom} ${data.gestionnaire.nom}`, structure: data.raisonSociale });
    }
    for (const reader of hashes ? (data.readers ?? []) : []) {
      await upsertReader(db, structure.id, reader, hashes!, data);
      accounts.push({ email: reader.email, name: `${reader.prenom} ${reader.nom} (consultation)`, structure: data.raisonSociale });
    }
  }
  if (hashes) {
    await upsertAdministrator(db, DEMO_ADMINISTRATOR, hashes);
    accounts.push({ email: DEMO_ADMINISTRATOR.email, name: `${DEMO_ADMINISTRATOR.prenom} ${DEMO_ADMINISTRATOR.nom}`, structure: "Administration de la plateforme" });
  }
  // Every demo account has the demo authenticator app (prisma/seed/demo-second-factor.ts).
  await seedDemoSecondFactor(db, accounts.map((a) => a.email));
  for (const actualite of DEMO_ACTUALITES) {
    const exists = await db.actualite.findFirst({ where: { titre: actualite.titre } });
    if (!exists) await db.actualite.create({ data: actualite });
  }
  return accounts;
}
