import { describe, expect, it } from "vitest";
import { structureSearchSchema } from "@/features/rattachements/schemas/rattachement.ts";
import { removeOwnRattachements } from "@/features/rattachements/use-cases/remove-own-rattachements.ts";
import { requestRattachement } from "@/features/rattachements/use-cases/request-rattachement.ts";
import { searchStructures } from "@/features/rattachements/use-cases/search-structures.ts";
import { streamStructures } from "@/features/rattachements/use-cases/stream-structures.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createStructure, createUser } from "../factories.ts";

const search = (criteria: Record<string, string> = {}) => structureSearchSchema.parse(criteria);

describe("searching structures to join", () => {
  it("finds structures by criteria, '*' standing for any characters, and by their gestionnaire's name", async () => {
    const user = await createUser();
    const { structure, principal } = await createManagedStructure();
    await db.user.update({ where: { id: principal.id }, data: { nom: "Pellegrin", prenom: "Simon" } });
    await db.structure.update({ where: { id: structure.id }, data: { raisonSociale: "CHORUS SOCIETE RECHERCHE", ville: "La Tour du Pin" } });
    await attach(user.id, structure.id, { status: "EN_ATTENTE" });

    const byName = await searchStructures({ userId: user.id, search: search({ raisonSociale: "chorus*recherche" }) });
    expect(byName.total).toBe(1);
    expect(byName.structures[0]).toMatchObject({ id: structure.id, ownStatus: "EN_ATTENTE" });
    expect((await searchStructures({ userId: user.id, search: search({ nom: "pellegrin", prenom: "sim" }) })).structures.map((s) => s.id)).toEqual([structure.id]);
    expect((await searchStructures({ userId: user.id, search: search({ nom: "Durand-Inconnu" }) })).total).toBe(0);
    expect((await searchStructures({ userId: user.id, search: search({ ville: "tour du", type: "PUBLIQUE" }) })).total).toBe(0);
    const exported: string[] = [];
    for await (const row of streamStructures({ search: search({ identifiant: structure.identifier }) })) exported.push(row.id);
    expect(exported).toEqual([structure.id]);
  });

  it("sorts and pages the results", async () => {
    const user = await createUser();
    for (const name of ["PAGE C", "PAGE A", "PAGE B"]) {
      const s = await createStructure();
      await db.structure.update({ where: { id: s.id }, data: { raisonSociale: name } });
    }
    const page1 = await searchStructures({ userId: user.id, search: search({ raisonSociale: "PAGE ", tri: "designation", ordre: "desc", lignes: "5" }) });
    expect(page1.structures.map((s) => s.raisonSociale)).toEqual(["PAGE C", "PAGE B", "PAGE A"]);
    const page2 = await searchStructures({ userId: user.id, search: search({ raisonSociale: "PAGE ", tri: "designation", page: "2", lignes: "oops" }) });
    expect(page2).toMatchObject({ total: 3, structures: [] });
  });
});

describe("asking to join a structure", () => {
  it("puts the request on hold and notifies every gestionnaire by e-mail and in their fil d'événements", async () => {
    const { structure, principal } = await createManagedStructure();
    const secondaire = await createUser();
    await attach(secondaire.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });
    await db.user.update({ where: { id: secondaire.id }, data: { contactEmail: "contact.secondaire@exemple.fr" } });
    const simple = await createUser();
    await attach(simple.id, structure.id);
    const requester = await createUser();

    expect(await requestRattachement({ userId: requester.id, structureIds: [structure.id] })).toEqual([{ structureId: structure.id, status: "EN_ATTENTE" }]);

    expect(await db.rattachement.findUniqueOrThrow({ where: { userId_structureId: { userId: requester.id, structureId: structure.id } } })).toMatchObject({
      status: "EN_ATTENTE",
      role: "UTILISATEUR_SIMPLE",
    });
    const mails = await db.outboxMessage.findMany({ orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to).sort()).toEqual([principal.loginEmail, "contact.secondaire@exemple.fr"].sort());
    expect(mails[0].subject).toContain(`demande de rattachement à la structure ${structure.raisonSociale}`);
    expect(mails[0].text).toContain(`${requester.prenom} ${requester.nom} (${requester.loginEmail}) demande à être rattaché`);
    expect(mails[0].text).toContain("/activites-gestionnaire/demandes");
    const events = await db.event.findMany({ where: { type: "RATTACHEMENT_DEMANDE" } });
    expect(events.map((e) => e.userId).sort()).toEqual([principal.id, secondaire.id].sort());
    expect(events.every((e) => e.espace === "ACTIVITES_GESTIONNAIRE" && e.structureId === structure.id)).toBe(true);
  });

  it("grants nothing to the first requester of a structure without an active gestionnaire: the request must go to the administration", async () => {
    const structure = await createStructure();
    const former = await createUser();
    await attach(former.id, structure.id, { role: "GESTIONNAIRE_PRINCIPAL", status: "DESACTIVE" });
    const simple = await createUser();
    await attach(simple.id, structure.id);
    const first = await createUser();
    expect(await requestRattachement({ userId: first.id, structureIds: [structure.id] })).toEqual([
      { structureId: structure.id, status: "JUSTIFICATION_REQUISE", name: `${structure.raisonSociale} (${structure.identifier})` },
    ]);
    expect(await db.rattachement.count({ where: { userId: first.id } })).toBe(0);
    expect(await db.structureClaim.count({ where: { userId: first.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: { in: [former.loginEmail, simple.loginEmail, first.loginEmail] } } })).toBe(0);
  });

  it("gives two concurrent first requesters the same answer, and neither gets a role", async () => {
    const structure = await createStructure();
    const [a, b] = [await createUser(), await createUser()];
    const answers = await Promise.all([requestRattachement({ userId: a.id, structureIds: [structure.id] }), requestRattachement({ userId: b.id, structureIds: [structure.id] })]);
    expect(answers.map(([answer]) => answer.status)).toEqual(["JUSTIFICATION_REQUISE", "JUSTIFICATION_REQUISE"]);
    expect(await db.rattachement.count({ where: { structureId: structure.id } })).toBe(0);
  });

  it("answers an invited user with the invitation to accept, not a second request", async () => {
    const { structure, principal } = await createManagedStructure();
    const invited = await createUser();
    await db.rattachement.create({ data: { userId: invited.id, structureId: structure.id, status: "INVITE", invitedById: principal.id } });
    await expect(requestRattachement({ userId: invited.id, structureIds: [structure.id] })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("acceptez l'invitation") });
    expect((await db.rattachement.findFirstOrThrow({ where: { userId: invited.id } })).status).toBe("INVITE");
  });

  it("refuses a second request, a structure one belongs to, an inactive structure, and changes nothing", async () => {
    const { structure } = await createManagedStructure();
    const user = await createUser();
    await requestRattachement({ userId: user.id, structureIds: [structure.id] });
    await expect(requestRattachement({ userId: user.id, structureIds: [structure.id] })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Vous avez déjà demandé un rattachement à la structure ${structure.raisonSociale} (${structure.identifier}) : votre demande est en attente.`,
    });

    const member = await createUser();
    await attach(member.id, structure.id);
    const other = (await createManagedStructure()).structure;
    await expect(requestRattachement({ userId: member.id, structureIds: [other.id, structure.id] })).rejects.toMatchObject({
      message: `Vous êtes déjà rattaché à la structure ${structure.raisonSociale} (${structure.identifier}).`,
    });
    expect(await db.rattachement.count({ where: { userId: member.id, structureId: other.id } })).toBe(0);

    const inactive = await createStructure({ status: "INACTIF" });
    await expect(requestRattachement({ userId: user.id, structureIds: [inactive.id] })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets a refused requester ask again", async () => {
    const { structure } = await createManagedStructure();
    const user = await createUser();
    await db.rattachement.create({ data: { userId: user.id, structureId: structure.id, status: "REFUSE", motifRefus: "Inconnu" } });
    await requestRattachement({ userId: user.id, structureIds: [structure.id] });
    expect(await db.rattachement.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ status: "EN_ATTENTE", motifRefus: null });
  });
});

describe("removing one's own rattachements", () => {
  it("withdraws a request and leaves a structure", async () => {
    const user = await createUser();
    const pending = await attach(user.id, (await createManagedStructure()).structure.id, { status: "EN_ATTENTE" });
    const active = await attach(user.id, (await createManagedStructure()).structure.id);
    await removeOwnRattachements({ userId: user.id, rattachementIds: [pending.id, active.id] });
    expect(await db.rattachement.count({ where: { userId: user.id } })).toBe(0);
  });

  it("keeps a gestionnaire principal in a structure that has other users, but lets them leave an empty one", async () => {
    const { structure, principal, principalRattachement } = await createManagedStructure();
    await attach((await createUser()).id, structure.id, { status: "EN_ATTENTE" });
    await expect(removeOwnRattachements({ userId: principal.id, rattachementIds: [principalRattachement.id] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.rattachement.count({ where: { id: principalRattachement.id } })).toBe(1);

    const alone = await createManagedStructure();
    await removeOwnRattachements({ userId: alone.principal.id, rattachementIds: [alone.principalRattachement.id] });
    expect(await db.rattachement.count({ where: { id: alone.principalRattachement.id } })).toBe(0);
  });

  it("cannot remove another user's rattachement", async () => {
    const { principalRattachement } = await createManagedStructure();
    const intruder = await createUser();
    await expect(removeOwnRattachements({ userId: intruder.id, rattachementIds: [principalRattachement.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.rattachement.count({ where: { id: principalRattachement.id } })).toBe(1);
  });
});
