import { describe, expect, it } from "vitest";
import { addEspacesSchema, serviceSchema } from "@/features/structures/schemas/management.ts";
import { addEspaces } from "@/features/structures/use-cases/add-espaces.ts";
import { createService } from "@/features/structures/use-cases/create-service.ts";
import { removeEspaces } from "@/features/structures/use-cases/remove-espaces.ts";
import { setServiceActive } from "@/features/structures/use-cases/set-service-active.ts";
import { updateService } from "@/features/structures/use-cases/update-service.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createServiceOf, createUser } from "../factories.ts";

const espacesOf = (structureId: string) =>
  db.structureEspace.findMany({ where: { structureId }, select: { serviceId: true, espace: true, consultation: true, modification: true } });

describe("Espaces", () => {
  it("opens espaces for every service, or for chosen services, with their rights", async () => {
    const { structure, principal, defaultService } = await createManagedStructure({ espaces: [] });
    await addEspaces({ userId: principal.id, structureId: structure.id, input: addEspacesSchema.parse({ services: ["TOUS"], consultation: ["FACTURES_TRAVAUX"], modification: ["FACTURES_TRAVAUX"] }) });
    await addEspaces({ userId: principal.id, structureId: structure.id, input: addEspacesSchema.parse({ services: [defaultService.id], consultation: ["FACTURES_A_VALIDER"], modification: [] }) });
    expect(await espacesOf(structure.id)).toEqual(
      expect.arrayContaining([
        { serviceId: null, espace: "FACTURES_TRAVAUX", consultation: true, modification: true },
        { serviceId: defaultService.id, espace: "FACTURES_A_VALIDER", consultation: true, modification: false },
      ]),
    );
    // Adding it again changes its rights rather than duplicating it.
    await addEspaces({ userId: principal.id, structureId: structure.id, input: addEspacesSchema.parse({ services: ["TOUS"], consultation: ["FACTURES_TRAVAUX"], modification: [] }) });
    expect(await espacesOf(structure.id)).toHaveLength(2);
  });

  it("asks for a service and an espace, and not for both « Tous les services » and a service", () => {
    const messages = (input: unknown) => addEspacesSchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(messages({ services: [], consultation: [], modification: [] })).toEqual([
      "Choisissez « Tous les services » ou au moins un service.",
      "Cochez « Consultation » ou « Modification » pour au moins un espace.",
    ]);
    expect(messages({ services: ["TOUS", "2c7b1e0e-0000-4000-8000-000000000000"], consultation: ["MON_COMPTE"], modification: [] })).toEqual([
      "Choisissez « Tous les services » ou des services précis, pas les deux.",
    ]);
  });

  it("removes the selected espaces of the structure only", async () => {
    const { structure, principal } = await createManagedStructure();
    const other = await createManagedStructure();
    const [mine] = await db.structureEspace.findMany({ where: { structureId: structure.id } });
    const [theirs] = await db.structureEspace.findMany({ where: { structureId: other.structure.id } });
    await expect(removeEspaces({ userId: principal.id, structureId: structure.id, espaceIds: [mine.id, theirs.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeEspaces({ userId: other.principal.id, structureId: structure.id, espaceIds: [mine.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.structureEspace.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(2);
    await removeEspaces({ userId: principal.id, structureId: structure.id, espaceIds: [mine.id] });
    expect(await db.structureEspace.count({ where: { id: mine.id } })).toBe(0);
  });

  it("refuses another structure's service, another structure's gestionnaire and a simple user", async () => {
    const { structure, principal } = await createManagedStructure();
    const other = await createManagedStructure();
    const simple = await createUser();
    await attach(simple.id, structure.id);
    const before = await espacesOf(structure.id);
    const withTheirService = addEspacesSchema.parse({ services: [other.defaultService.id], consultation: ["FACTURES_TRAVAUX"], modification: [] });
    await expect(addEspaces({ userId: principal.id, structureId: structure.id, input: withTheirService })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const allServices = addEspacesSchema.parse({ services: ["TOUS"], consultation: ["FACTURES_TRAVAUX"], modification: [] });
    await expect(addEspaces({ userId: other.principal.id, structureId: structure.id, input: allServices })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addEspaces({ userId: simple.id, structureId: structure.id, input: allServices })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await espacesOf(structure.id)).toEqual(before);
  });
});

describe("Services", () => {
  it("creates a service with a code unique in the structure, and modifies it", async () => {
    const { structure, principal } = await createManagedStructure();
    const other = await createManagedStructure();
    const service = await createService({ userId: principal.id, structureId: structure.id, input: serviceSchema.parse({ code: "compta", libelle: "Comptabilité", engagementObligatoire: "on" }) });
    expect(service).toMatchObject({ code: "COMPTA", actif: true, engagementObligatoire: true });
    // The same code is free in another structure.
    await createService({ userId: other.principal.id, structureId: other.structure.id, input: serviceSchema.parse({ code: "COMPTA", libelle: "Comptabilité" }) });
    await expect(createService({ userId: principal.id, structureId: structure.id, input: serviceSchema.parse({ code: "COMPTA", libelle: "Autre" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      field: "code",
      message: "Un service de code « COMPTA » existe déjà dans la structure.",
    });
    await expect(updateService({ userId: principal.id, structureId: structure.id, serviceId: service.id, input: serviceSchema.parse({ code: "DEFAUT", libelle: "x" }) })).rejects.toMatchObject({ code: "CONFLICT" });
    await updateService({ userId: principal.id, structureId: structure.id, serviceId: service.id, input: serviceSchema.parse({ code: "COMPTA", libelle: "Service comptable" }) });
    expect(await db.service.findUniqueOrThrow({ where: { id: service.id } })).toMatchObject({ libelle: "Service comptable", engagementObligatoire: false });
  });

  it("refuses codes with spaces, in French", () => {
    expect(serviceSchema.safeParse({ code: "A B", libelle: "x" }).error?.issues[0].message).toBe(
      "Le code du service ne contient que des lettres, des chiffres, « - » ou « _ », sans espace.",
    );
  });

  it("deactivates and reactivates a service, but never the only active one", async () => {
    const { structure, principal, defaultService } = await createManagedStructure();
    await expect(setServiceActive({ userId: principal.id, structureId: structure.id, serviceId: defaultService.id, active: false })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Le service par défaut ne peut pas être désactivé tant qu'il est le seul service actif de la structure.",
    });
    const other = await createServiceOf(structure.id);
    await setServiceActive({ userId: principal.id, structureId: structure.id, serviceId: defaultService.id, active: false });
    await expect(setServiceActive({ userId: principal.id, structureId: structure.id, serviceId: other.id, active: false })).rejects.toMatchObject({ code: "CONFLICT" });
    await setServiceActive({ userId: principal.id, structureId: structure.id, serviceId: defaultService.id, active: true });
    expect((await db.service.findUniqueOrThrow({ where: { id: defaultService.id } })).actif).toBe(true);
  });

  it("keeps a structure's services out of reach of other gestionnaires, even through their own structure", async () => {
    const a = await createManagedStructure();
    const b = await createManagedStructure();
    const input = serviceSchema.parse({ code: "PIRATE", libelle: "Pirate" });
    await expect(createService({ userId: b.principal.id, structureId: a.structure.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateService({ userId: b.principal.id, structureId: a.structure.id, serviceId: a.defaultService.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A's service passed while acting on B.
    await expect(updateService({ userId: b.principal.id, structureId: b.structure.id, serviceId: a.defaultService.id, input })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await createServiceOf(a.structure.id);
    await expect(setServiceActive({ userId: b.principal.id, structureId: b.structure.id, serviceId: a.defaultService.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.service.findUniqueOrThrow({ where: { id: a.defaultService.id } })).toMatchObject({ code: "DEFAUT", actif: true });
    expect(await db.service.count({ where: { code: "PIRATE" } })).toBe(0);
  });
});
