// Builders of test data, straight in the test's own database.
import { randomBytes } from "node:crypto";
import type { Espace, Role, UserStatus } from "@/generated/prisma/enums.ts";
import type { InvoiceFormInput } from "@/features/invoices/common/schemas.ts";
import { structureSearchText } from "@/features/directory/rules/search-text.ts";
import { hashSecret } from "@/server/auth/passwords.ts";
import { db } from "@/server/db.ts";

export const PASSWORD = "Mot-de-passe-Test-2026";
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString("hex");

export async function createUser(overrides: { email?: string; status?: UserStatus } = {}) {
  passwordHash ??= hashSecret(PASSWORD);
  return db.user.create({
    data: {
      loginEmail: overrides.email ?? `utilisateur-${unique()}@exemple.fr`,
      nom: "Durand",
      prenom: "Camille",
      adresse: "1 rue de la Paix",
      codePostal: "75002",
      ville: "Paris",
      passwordHash: await passwordHash,
      status: overrides.status ?? "ACTIF",
    },
  });
}

export async function createStructure(options: { espaces?: Espace[]; kind?: "PRIVEE" | "PUBLIQUE"; status?: "ACTIF" | "INACTIF" } = {}) {
  return db.structure.create({
    data: {
      identifierType: "EN_COURS_IMMATRICULATION",
      identifier: `FRTEST${unique().toUpperCase()}`,
      raisonSociale: `STRUCTURE ${unique().toUpperCase()}`,
      kind: options.kind ?? "PRIVEE",
      status: options.status ?? "ACTIF",
      adresse: "2 rue du Commerce",
      codePostal: "69002",
      ville: "Lyon",
      espaces: { create: (options.espaces ?? ["FACTURES_EMISES", "SOLLICITATIONS_EMISES", "MON_COMPTE"]).map((espace) => ({ espace })) },
    },
  });
}

export async function attach(userId: string, structureId: string, options: { role?: Role; status?: "ACTIF" | "EN_ATTENTE" | "DESACTIVE"; espaces?: Espace[] } = {}) {
  return db.rattachement.create({
    data: {
      userId,
      structureId,
      role: options.role ?? "UTILISATEUR_SIMPLE",
      status: options.status ?? "ACTIF",
      espaces: { create: (options.espaces ?? []).map((espace) => ({ espace })) },
    },
  });
}

export async function createServiceOf(structureId: string, options: { code?: string; libelle?: string; actif?: boolean } = {}) {
  return db.service.create({
    data: { structureId, code: options.code ?? `S${unique().toUpperCase()}`, libelle: options.libelle ?? "Service de test", actif: options.actif ?? true },
  });
}

/** A structure with its gestionnaire principal, as after its creation. */
export async function createManagedStructure(options: { kind?: "PRIVEE" | "PUBLIQUE"; espaces?: Espace[] } = {}) {
  const structure = await createStructure(options);
  const principal = await createUser();
  const principalRattachement = await attach(principal.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL" });
  const defaultService = await createServiceOf(structure.id, { code: "DEFAUT", libelle: "Service par défaut de la structure" });
  return { structure, principal, principalRattachement, defaultService };
}

/** A public structure as the directory lists it (SIRET, search text), with its services. */
export async function createPublicStructure(fields: {
  identifier: string;
  raisonSociale: string;
  codePostal?: string;
  ville?: string;
  kind?: "PRIVEE" | "PUBLIQUE";
  status?: "ACTIF" | "INACTIF";
  engagementObligatoire?: boolean;
  serviceObligatoire?: boolean;
  services?: { code: string; libelle: string; engagementObligatoire?: boolean; actif?: boolean }[];
}) {
  const { services = [], kind = "PUBLIQUE", codePostal = "35000", ville = "RENNES", ...rest } = fields;
  return db.structure.create({
    data: {
      ...rest,
      identifierType: "SIRET",
      kind,
      codePostal,
      ville,
      adresse: "1 place de la Mairie",
      searchText: structureSearchText({ ...rest, codePostal, ville }),
      services: { create: services },
    },
  });
}

/** The IBANs the test invoices pay to: the generated samples' (scripts/lib/sample-einvoices.ts) and the Factur-X example's. */
export const SUPPLIER_IBAN = "FR7630006000011234567890189";
export const FACTURX_EXAMPLE_IBAN = "FR7612542547256985425874698";

/**
 * A supplier that may enter invoices: a private structure with its bank accounts (one for the generated samples,
 * one for the Factur-X example), its gestionnaire, and an Actif mandate.
 */
export async function createInvoiceSupplier(options: { mandate?: boolean } = {}) {
  const managed = await createManagedStructure();
  const structure = managed.structure;
  const bankAccount = await db.bankAccount.create({ data: { structureId: structure.id, iban: SUPPLIER_IBAN, bic: "AGRIFRPPXXX", titulaire: structure.raisonSociale } });
  // Created after: the first account stays the structure's default one (invoicePayee).
  await db.bankAccount.create({ data: { structureId: structure.id, iban: FACTURX_EXAMPLE_IBAN, titulaire: structure.raisonSociale, createdAt: new Date(bankAccount.createdAt.getTime() + 1000) } });
  if (options.mandate ?? true) {
    await db.mandate.create({
      data: { structureId: structure.id, libelle: "MANDAT DE FACTURATION", status: "ACTIF", createdById: managed.principal.id, signataireId: managed.principal.id, signedAt: new Date() },
    });
  }
  return { ...managed, structure, bankAccount };
}

/** The seed's recipients (created once per database): BREST METROPOLE (service and engagement required), DEP COTES-D'ARMOR (engagement of 5 or 6 digits). */
export async function createInvoiceRecipients() {
  const existing = (identifier: string) => db.structure.findFirst({ where: { identifier, identifierType: "SIRET" } });
  const brest =
    (await existing("24290031400012")) ??
    (await createPublicStructure({
      identifier: "24290031400012",
      raisonSociale: "BREST METROPOLE BUDGET PRINCIPAL",
      codePostal: "29200",
      ville: "BREST",
      serviceObligatoire: true,
      engagementObligatoire: true,
      services: [{ code: "FACTURES", libelle: "Service des factures" }],
    }));
  const cotesDArmor =
    (await existing("22220001600327")) ??
    (await createPublicStructure({
      identifier: "22220001600327",
      raisonSociale: "DEP COTES-D'ARMOR",
      codePostal: "22000",
      ville: "SAINT-BRIEUC",
      serviceObligatoire: true,
      engagementObligatoire: true,
      services: [{ code: "COLLEGE", libelle: "Collèges", engagementObligatoire: true }],
    }));
  await db.structure.update({ where: { id: cotesDArmor.id }, data: { engagementCharset: "CHIFFRES", engagementMinLength: 5, engagementMaxLength: 6 } });
  const services = await db.service.findMany({ where: { structureId: { in: [brest.id, cotesDArmor.id] } } });
  const serviceOf = (structureId: string) => services.find((service) => service.structureId === structureId)!;
  return { brest, brestService: serviceOf(brest.id), cotesDArmor, cotesDArmorService: serviceOf(cotesDArmor.id) };
}

/** Opens an espace of the structure (for all its services, or one), as its gestionnaire would. */
export async function openEspace(structureId: string, espace: Espace, serviceId?: string) {
  return db.structureEspace.create({ data: { structureId, espace, serviceId: serviceId ?? null } });
}

/** An agent of a public structure in "Factures reçues" (the structure opens it), for some services or all. */
export async function createRecipientAgent(structureId: string, options: { serviceIds?: string[] } = {}) {
  if ((await db.structureEspace.count({ where: { structureId, espace: "FACTURES_RECUES", serviceId: null } })) === 0) await openEspace(structureId, "FACTURES_RECUES");
  const user = await createUser();
  const rattachement = await attach(user.id, structureId, { espaces: ["FACTURES_RECUES"] });
  for (const serviceId of options.serviceIds ?? []) await db.rattachementService.create({ data: { rattachementId: rattachement.id, serviceId } });
  return user;
}

/** An invoice form ready for "Valider et envoyer", by default seed 004's: service COLLEGE, engagement 91821. */
export function invoiceFormTo(supplierStructureId: string, recipient: { structureId: string; serviceId: string | null }, overrides: Partial<InvoiceFormInput> = {}): InvoiceFormInput {
  return {
    supplierStructureId,
    recipientStructureId: recipient.structureId,
    recipientServiceId: recipient.serviceId ?? "",
    cadre: "A1",
    type: "FACTURE",
    vatRegime: "DEBITS",
    paymentMode: "VIREMENT",
    engagementNumber: "91821",
    invoiceNumber: `F-${unique().toUpperCase()}`,
    invoiceDate: "2026-03-02",
    lines: [{ denomination: "Fournitures scolaires", quantity: "10", unit: "C62", unitPriceNet: "12,50", vatRate: "20" }],
    ...overrides,
  };
}
