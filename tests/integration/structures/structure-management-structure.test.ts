import { describe, expect, it } from "vitest";
import { structureUpdateSchema } from "@/features/structures/schemas/management.ts";
import { getManagedStructure } from "@/features/structures/use-cases/get-managed-structure.ts";
import { listManagedStructures } from "@/features/structures/use-cases/list-managed-structures.ts";
import { updateStructure } from "@/features/structures/use-cases/update-structure.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createStructure, createUser } from "../factories.ts";

const form = (overrides: Record<string, unknown> = {}) =>
  structureUpdateSchema.parse({
    raisonSociale: "Côtes-d'Armor Énergie",
    libelle: "CAE",
    email: "contact@cae.example",
    status: "ACTIF",
    emetteurEdi: "on",
    adresse: "9 place du Général de Gaulle",
    codePostal: "22000",
    ville: "Saint-Brieuc",
    pays: "France",
    engagementObligatoire: "on",
    engagementCharset: "CHIFFRES",
    engagementMinLength: "5",
    engagementMaxLength: "6",
    ...overrides,
  });

describe("Mes structures", () => {
  it("lists the structures the user manages, 5 per page, and none where they are a simple user or pending", async () => {
    const user = await createUser();
    for (let i = 0; i < 6; i++) await attach(user.id, (await createStructure()).id, { role: i % 2 ? "GESTIONNAIRE_SECONDAIRE" : "GESTIONNAIRE_PRINCIPAL" });
    await attach(user.id, (await createStructure()).id, { role: "UTILISATEUR_SIMPLE" });
    await attach(user.id, (await createStructure()).id, { role: "GESTIONNAIRE_PRINCIPAL", status: "EN_ATTENTE" });
    const first = await listManagedStructures({ userId: user.id, page: 1 });
    const second = await listManagedStructures({ userId: user.id, page: 2 });
    expect(first).toMatchObject({ total: 6, pageCount: 2 });
    expect(first.structures).toHaveLength(5);
    expect(second.structures).toHaveLength(1);
  });
});

describe("structure page and its modification", () => {
  it("shows the structure to its gestionnaire, and is NOT FOUND for a simple user or another structure's gestionnaire", async () => {
    const { structure, principal } = await createManagedStructure();
    const simple = await createUser();
    await attach(simple.id, structure.id);
    const other = await createManagedStructure();
    expect((await getManagedStructure({ userId: principal.id, structureId: structure.id })).structure.id).toBe(structure.id);
    await expect(getManagedStructure({ userId: simple.id, structureId: structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getManagedStructure({ userId: other.principal.id, structureId: structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("updates everything but the identifier, keeps searchText up to date, and keeps invoicing parameters of a public structure only", async () => {
    const publique = await createManagedStructure({ kind: "PUBLIQUE" });
    await updateStructure({ userId: publique.principal.id, structureId: publique.structure.id, input: form() });
    const updated = await db.structure.findUniqueOrThrow({ where: { id: publique.structure.id } });
    expect(updated).toMatchObject({
      identifier: publique.structure.identifier,
      raisonSociale: "Côtes-d'Armor Énergie",
      emetteurEdi: true,
      recevoirCyclesVieEdi: false,
      engagementObligatoire: true,
      engagementCharset: "CHIFFRES",
      engagementMinLength: 5,
      engagementMaxLength: 6,
      engagementPrefix: null,
      searchText: `${publique.structure.identifier} COTES D ARMOR ENERGIE CAE 22000 SAINT BRIEUC`,
    });

    const privee = await createManagedStructure();
    await updateStructure({ userId: privee.principal.id, structureId: privee.structure.id, input: form() });
    expect(await db.structure.findUniqueOrThrow({ where: { id: privee.structure.id } })).toMatchObject({ engagementObligatoire: false, engagementCharset: null });
  });

  it("refuses a structure the user does not manage, and bad input in French", async () => {
    const { structure } = await createManagedStructure();
    const other = await createManagedStructure();
    await expect(updateStructure({ userId: other.principal.id, structureId: structure.id, input: form() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.structure.findUniqueOrThrow({ where: { id: structure.id } })).raisonSociale).toBe(structure.raisonSociale);

    const result = structureUpdateSchema.safeParse({ raisonSociale: " ", status: "ACTIF", adresse: "a", codePostal: "1", ville: "v", pays: "France", engagementPrefix: "EJ 2024", email: "pas-un-courriel" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(fields).toMatchObject({
      raisonSociale: "Saisissez la raison sociale.",
      email: "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.",
      engagementPrefix: expect.stringContaining("Le préfixe ne peut contenir que des lettres"),
    });
    const issues = (input: Record<string, unknown>) => {
      const parsed = structureUpdateSchema.safeParse({ raisonSociale: "R", status: "ACTIF", adresse: "a", codePostal: "1", ville: "v", pays: "France", ...input });
      return Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(issues({ engagementCharset: "CHIFFRES", engagementMinLength: "7", engagementMaxLength: "5" })).toEqual({
      engagementMaxLength: "Le nombre maximal de caractères doit être supérieur ou égal au nombre minimal.",
    });
    expect(issues({ engagementMinLength: "5" })).toEqual({ engagementCharset: expect.stringContaining("Choisissez les caractères autorisés") });
    expect(issues({ engagementCharset: "REGEX", engagementMaxLength: "51" })).toMatchObject({ engagementCharset: "Choisissez les caractères autorisés.", engagementMaxLength: expect.stringContaining("au plus 50") });
  });
});
