import { describe, expect, it } from "vitest";
import { refuseRattachementSchema } from "@/features/rattachements/schemas/rattachement.ts";
import { acceptRattachement } from "@/features/rattachements/use-cases/accept-rattachement.ts";
import { getPendingRequest } from "@/features/rattachements/use-cases/get-pending-request.ts";
import { listPendingRequests } from "@/features/rattachements/use-cases/list-pending-requests.ts";
import { refuseRattachement } from "@/features/rattachements/use-cases/refuse-rattachement.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createServiceOf, createUser } from "../factories.ts";

async function pendingRequest() {
  const managed = await createManagedStructure({ espaces: ["FACTURES_EMISES", "SOLLICITATIONS_EMISES", "MON_COMPTE", "ACTIVITES_GESTIONNAIRE"] });
  const requester = await createUser();
  const request = await attach(requester.id, managed.structure.id, { status: "EN_ATTENTE" });
  return { ...managed, requester, request };
}

const acceptAsSimpleUser = (rattachementId: string) => ({
  rattachementId,
  role: "UTILISATEUR_SIMPLE" as const,
  serviceIds: [],
  consultation: ["SOLLICITATIONS_EMISES" as const],
  modification: ["FACTURES_EMISES" as const],
});

describe("the gestionnaire's decision on a rattachement request", () => {
  it("lists the waiting requests of the structures one manages, with what may be granted", async () => {
    const { principal, requester, request, structure } = await pendingRequest();
    expect(await listPendingRequests({ userId: principal.id })).toMatchObject([
      { id: request.id, user: { nom: requester.nom, loginEmail: requester.loginEmail }, structure: { identifier: structure.identifier } },
    ]);
    const detail = await getPendingRequest({ userId: principal.id, rattachementId: request.id });
    expect(detail.espaces.sort()).toEqual(["FACTURES_EMISES", "MON_COMPTE", "SOLLICITATIONS_EMISES"]);
    expect(detail.structure.services.map((s) => s.code)).toEqual(["DEFAUT"]);
  });

  it("accepts with a role, services and espaces, and tells the requester", async () => {
    const { principal, requester, request, structure } = await pendingRequest();
    const compta = await createServiceOf(structure.id, { code: "COMPTA" });
    await acceptRattachement({ userId: principal.id, input: { ...acceptAsSimpleUser(request.id), serviceIds: [compta.id] } });

    const accepted = await db.rattachement.findUniqueOrThrow({ where: { id: request.id }, include: { services: true, espaces: true } });
    expect(accepted).toMatchObject({ status: "ACTIF", role: "UTILISATEUR_SIMPLE", decidedById: principal.id });
    expect(accepted.services.map((s) => s.serviceId)).toEqual([compta.id]);
    expect(accepted.espaces.map((e) => [e.espace, e.consultation, e.modification]).sort()).toEqual([
      ["FACTURES_EMISES", true, true],
      ["SOLLICITATIONS_EMISES", true, false],
    ]);
    const [mail] = await db.outboxMessage.findMany({ where: { to: requester.loginEmail } });
    expect(mail.subject).toContain("demande de rattachement acceptée");
    expect(mail.text).toContain(`Votre demande de rattachement à la structure ${structure.raisonSociale} (${structure.identifier}) a été acceptée.`);
    expect(mail.text).toContain("avec le rôle Utilisateur simple");
    expect(await db.event.findMany({ where: { userId: requester.id } })).toMatchObject([{ espace: "MON_COMPTE", type: "RATTACHEMENT_ACCEPTE" }]);
    expect(await listPendingRequests({ userId: principal.id })).toEqual([]);
  });

  it("accepts a gestionnaire secondaire for every service", async () => {
    const { principal, request } = await pendingRequest();
    await acceptRattachement({ userId: principal.id, input: { rattachementId: request.id, role: "GESTIONNAIRE_SECONDAIRE", serviceIds: [], consultation: [], modification: [] } });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: request.id }, include: { services: true } })).toMatchObject({
      role: "GESTIONNAIRE_SECONDAIRE",
      status: "ACTIF",
      services: [],
    });
  });

  it("refuses another structure's service or an espace the structure does not open, and changes nothing", async () => {
    const { principal, request } = await pendingRequest();
    const foreign = await createServiceOf((await createManagedStructure()).structure.id);
    await expect(acceptRattachement({ userId: principal.id, input: { ...acceptAsSimpleUser(request.id), serviceIds: [foreign.id] } })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "serviceIds",
    });
    await expect(acceptRattachement({ userId: principal.id, input: { ...acceptAsSimpleUser(request.id), consultation: ["FACTURES_RECUES"] } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await expect(acceptRattachement({ userId: principal.id, input: { ...acceptAsSimpleUser(request.id), consultation: ["ACTIVITES_GESTIONNAIRE"] } })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "EN_ATTENTE" });
  });

  it("refuses with a required motif, which the requester receives", async () => {
    const { principal, requester, request } = await pendingRequest();
    expect(refuseRattachementSchema.safeParse({ rattachementId: request.id, motif: "  " }).error?.issues[0].message).toBe(
      "Saisissez le motif du refus : il est envoyé au demandeur.",
    );
    await refuseRattachement({ userId: principal.id, input: { rattachementId: request.id, motif: "Vous ne faites pas partie de la société." } });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "REFUSE",
      motifRefus: "Vous ne faites pas partie de la société.",
      decidedById: principal.id,
    });
    const [mail] = await db.outboxMessage.findMany({ where: { to: requester.loginEmail } });
    expect(mail.text).toContain("a été refusée");
    expect(mail.text).toContain("Motif du refus : Vous ne faites pas partie de la société.");
    expect(await db.event.findMany({ where: { userId: requester.id } })).toMatchObject([{ espace: "MON_COMPTE", type: "RATTACHEMENT_REFUSE" }]);
  });

  it("lets a gestionnaire of structure B neither see nor decide the requests of structure A", async () => {
    const a = await pendingRequest();
    const b = await createManagedStructure();
    expect(await listPendingRequests({ userId: b.principal.id })).toEqual([]);
    await expect(getPendingRequest({ userId: b.principal.id, rattachementId: a.request.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptRattachement({ userId: b.principal.id, input: acceptAsSimpleUser(a.request.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(refuseRattachement({ userId: b.principal.id, input: { rattachementId: a.request.id, motif: "Non" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: a.request.id } })).toMatchObject({ status: "EN_ATTENTE" });
  });

  it("lets neither a simple user of the structure nor the requester decide", async () => {
    const { structure, requester, request } = await pendingRequest();
    const simple = await createUser();
    await attach(simple.id, structure.id);
    await expect(acceptRattachement({ userId: simple.id, input: acceptAsSimpleUser(request.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptRattachement({ userId: requester.id, input: acceptAsSimpleUser(request.id) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listPendingRequests({ userId: simple.id })).resolves.toEqual([]);
  });

  it("refuses a gestionnaire's decision on their own rattachement", async () => {
    const { principal, principalRattachement } = await pendingRequest();
    await expect(refuseRattachement({ userId: principal.id, input: { rattachementId: principalRattachement.id, motif: "Je pars" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Vous ne pouvez pas décider de votre propre demande de rattachement.",
    });
  });

  it("decides a request once: a second decision, even concurrent, gets a clear message", async () => {
    const { structure, principal, request } = await pendingRequest();
    const secondaire = await createUser();
    await attach(secondaire.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });

    const results = await Promise.allSettled([
      acceptRattachement({ userId: principal.id, input: acceptAsSimpleUser(request.id) }),
      refuseRattachement({ userId: secondaire.id, input: { rattachementId: request.id, motif: "Inconnu" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: "Cette demande de rattachement a déjà été traitée par un gestionnaire de la structure.",
    });
    expect(await db.outboxMessage.count({ where: { text: { contains: structure.identifier } } })).toBe(1);

    await expect(refuseRattachement({ userId: principal.id, input: { rattachementId: request.id, motif: "Trop tard" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
