import { describe, expect, it } from "vitest";
import { PUBLIC_STRUCTURE_NOT_CREATED, structureCreationSchema, STRUCTURE_ALREADY_REGISTERED, type StructureCreationInput } from "@/features/structures/schemas/structure-creation.ts";
import { checkStructureIdentifier } from "@/features/structures/use-cases/check-structure-identifier.ts";
import { createStructure } from "@/features/structures/use-cases/create-structure.ts";
import { db } from "@/server/db.ts";
import { createUser } from "../factories.ts";

const chorusSociete = (overrides: Partial<StructureCreationInput> = {}): StructureCreationInput =>
  structureCreationSchema.parse({
    identifierType: "EN_COURS_IMMATRICULATION",
    identifier: "",
    raisonSociale: "CHORUS SOCIETE",
    status: "ACTIF",
    libelle: "CHORUS SOCETE",
    email: "choruspro@gmail.com",
    recevoirCyclesVieEdi: false,
    emetteurEdi: false,
    centreGestionAgricole: false,
    raccordementActif: false,
    kind: "PRIVEE",
    adresse: "12 rue Alphonse Guerin",
    complementAdresse1: "",
    complementAdresse2: "",
    codePostal: "38110",
    ville: "La Tour du Pin",
    pays: "France",
    telephone: "",
    fax: "",
    ...overrides,
  });

describe("structure creation", () => {
  it("creates the seed's CHORUS SOCIETE with its identifier, default service, espaces and its creator as gestionnaire principal", async () => {
    const user = await createUser();
    const { id, kind } = await createStructure({ userId: user.id, input: chorusSociete() });
    expect(kind).toBe("PRIVEE");

    const structure = await db.structure.findUniqueOrThrow({
      where: { id },
      include: { services: true, espaces: true, rattachements: true },
    });
    expect(structure).toMatchObject({
      identifierType: "EN_COURS_IMMATRICULATION",
      identifier: "FRCHORUSSOCIETE",
      raisonSociale: "CHORUS SOCIETE",
      complementAdresse1: null,
      telephone: null,
      searchText: "FRCHORUSSOCIETE CHORUS SOCIETE CHORUS SOCETE 38110 LA TOUR DU PIN",
    });
    expect(structure.services.map((s) => [s.code, s.libelle])).toEqual([["DEFAUT", "Service par défaut de la structure"]]);
    expect(structure.espaces.map((e) => [e.espace, e.serviceId]).sort()).toEqual([
      ["ACTIVITES_GESTIONNAIRE", null],
      ["FACTURES_EMISES", null],
      ["MON_COMPTE", null],
      ["SOLLICITATIONS_EMISES", null],
    ]);
    expect(structure.rattachements).toMatchObject([{ userId: user.id, role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF" }]);
    expect(await db.event.count({ where: { userId: user.id, type: "STRUCTURE_CREEE" } })).toBe(1);
  });

  it("never lets a user create a public structure: public structures come from the directory", async () => {
    const user = await createUser();
    const before = await db.structure.count();
    const input = { ...chorusSociete({ identifierType: "SIRET", identifier: "35600000052135", raisonSociale: "LA POSTE AGENCE" }), kind: "PUBLIQUE" };
    expect(structureCreationSchema.safeParse(input).success).toBe(false);
    await expect(createStructure({ userId: user.id, input: input as never })).rejects.toMatchObject({ code: "VALIDATION", field: "kind", message: PUBLIC_STRUCTURE_NOT_CREATED });
    expect(await db.structure.count()).toBe(before);
    expect(await db.rattachement.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses an identifier already registered, at Continuer and at saving, and changes nothing", async () => {
    const first = await createUser();
    await createStructure({ userId: first.id, input: chorusSociete({ raisonSociale: "DOUBLON SARL" }) });
    await expect(checkStructureIdentifier({ identifierType: "EN_COURS_IMMATRICULATION", identifier: "FRDOUBLONSARL" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: STRUCTURE_ALREADY_REGISTERED,
      field: "identifier",
    });
    await expect(checkStructureIdentifier({ identifierType: "SIRET", identifier: "24290031400012" })).resolves.toBeUndefined();

    const second = await createUser();
    const before = await db.structure.count();
    await expect(createStructure({ userId: second.id, input: chorusSociete({ raisonSociale: "Doublon, S.à.r.l." }) })).rejects.toMatchObject({ code: "CONFLICT", field: "identifier" });
    expect(await db.structure.count()).toBe(before);
    expect(await db.rattachement.count({ where: { userId: second.id } })).toBe(0);
  });

  it("gives concurrent creations of the same structure one winner and the same message to the other", async () => {
    const [a, b] = [await createUser(), await createUser()];
    const input = chorusSociete({ raisonSociale: "COURSE SAS" });
    const results = await Promise.allSettled([createStructure({ userId: a.id, input }), createStructure({ userId: b.id, input })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", message: STRUCTURE_ALREADY_REGISTERED });
    expect(await db.structure.count({ where: { identifier: "FRCOURSESAS" } })).toBe(1);
  });

  it("validates the form: SIRET checksum, raison sociale and country for a built identifier, public structures by SIRET", () => {
    const errors = (input: object) =>
      structureCreationSchema.safeParse({ ...chorusSociete(), ...input }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(errors({ identifierType: "SIRET", identifier: "24290031400013" })).toEqual([["identifier", "Ce SIRET n'existe pas : vérifiez les 14 chiffres saisis."]]);
    expect(errors({ raisonSociale: "" })).toContainEqual(["raisonSociale", "Merci de renseigner la Raison sociale et le pays."]);
    expect(errors({ pays: "Atlantide" })).toContainEqual(["pays", "Choisissez le pays."]);
    expect(errors({ kind: "PUBLIQUE" })).toEqual([["kind", PUBLIC_STRUCTURE_NOT_CREATED]]);
    expect(errors({ codePostal: "3811" })).toEqual([["codePostal", "Le code postal français comporte 5 chiffres."]]);
    expect(errors({ email: "pas-une-adresse" })).toEqual([["email", "Saisissez une adresse électronique valide, par exemple contact@entreprise.fr."]]);
  });
});
