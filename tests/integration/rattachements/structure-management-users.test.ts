import { describe, expect, it } from "vitest";
import { attachUserSchema, INVITATION_SENT } from "@/features/rattachements/schemas/users.ts";
import { acceptInvitation } from "@/features/rattachements/use-cases/accept-invitation.ts";
import { attachUser } from "@/features/rattachements/use-cases/attach-user.ts";
import { getManagedStructure } from "@/features/structures/use-cases/get-managed-structure.ts";
import { removeUsers } from "@/features/rattachements/use-cases/remove-users.ts";
import { setUsersActive } from "@/features/rattachements/use-cases/set-users-active.ts";
import { updateUserRattachement } from "@/features/rattachements/use-cases/update-user-rattachement.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createUser } from "../factories.ts";

const attachInput = (email: string, overrides: Record<string, unknown> = {}) =>
  attachUserSchema.parse({ email, role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: ["FACTURES_EMISES"], ...overrides });
const statusOf = async (id: string) => (await db.rattachement.findUnique({ where: { id } }))?.status;

describe("Rattacher un utilisateur", () => {
  it("invites an existing account by its login e-mail, with services and espaces, and notifies it; it joins once it accepts", async () => {
    const { structure, principal, defaultService } = await createManagedStructure();
    const newcomer = await createUser();
    await attachUser({ userId: principal.id, structureId: structure.id, input: attachInput(newcomer.loginEmail.toUpperCase(), { serviceIds: [defaultService.id], role: "GESTIONNAIRE_SECONDAIRE" }) });
    const invitation = await db.rattachement.findUniqueOrThrow({
      where: { userId_structureId: { userId: newcomer.id, structureId: structure.id } },
      include: { services: true, espaces: true },
    });
    expect(invitation).toMatchObject({ status: "INVITE", role: "GESTIONNAIRE_SECONDAIRE", invitedById: principal.id });
    expect(invitation.services.map((s) => s.serviceId)).toEqual([defaultService.id]);
    expect(invitation.espaces.map((e) => e.espace)).toEqual(["FACTURES_EMISES"]);
    const [mail] = await db.outboxMessage.findMany({ where: { to: newcomer.loginEmail } });
    expect(mail.subject).toContain(`Invitation à rejoindre la structure ${structure.raisonSociale}`);
    expect(mail.text).toContain("en tant que gestionnaire secondaire");
    expect(mail.text).toContain("/mon-compte");
    expect(await db.event.findMany({ where: { userId: newcomer.id } })).toEqual([expect.objectContaining({ espace: "MON_COMPTE", type: "RATTACHEMENT_INVITATION" })]);

    await acceptInvitation({ userId: newcomer.id, rattachementId: invitation.id });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "ACTIF", role: "GESTIONNAIRE_SECONDAIRE", decidedById: principal.id });
  });

  it("answers an unknown address as a known one; refuses a user already attached or pending, an espace the structure does not open, another structure's service", async () => {
    const { structure, principal } = await createManagedStructure();
    const other = await createManagedStructure();
    await expect(attachUser({ userId: principal.id, structureId: structure.id, input: attachInput("personne@exemple.fr") })).resolves.toEqual({ message: INVITATION_SENT });
    const pending = await createUser();
    await attach(pending.id, structure.id, { status: "EN_ATTENTE" });
    await expect(attachUser({ userId: principal.id, structureId: structure.id, input: attachInput(pending.loginEmail) })).rejects.toMatchObject({ code: "CONFLICT", field: "email" });
    await expect(attachUser({ userId: principal.id, structureId: structure.id, input: attachInput(principal.loginEmail) })).rejects.toMatchObject({
      message: "Cet utilisateur est déjà rattaché à la structure.",
    });
    const newcomer = await createUser();
    await expect(attachUser({ userId: principal.id, structureId: structure.id, input: attachInput(newcomer.loginEmail, { espaces: ["FACTURES_TRAVAUX"] }) })).rejects.toMatchObject({
      code: "VALIDATION",
      field: "espaces",
    });
    await expect(attachUser({ userId: principal.id, structureId: structure.id, input: attachInput(newcomer.loginEmail, { serviceIds: [other.defaultService.id] }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(attachUser({ userId: other.principal.id, structureId: structure.id, input: attachInput(newcomer.loginEmail) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.rattachement.count({ where: { userId: newcomer.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: newcomer.loginEmail } })).toBe(0);
  });

  it("lets only a gestionnaire principal name a gestionnaire principal", async () => {
    const { structure } = await createManagedStructure();
    const secondary = await createUser();
    await attach(secondary.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });
    const newcomer = await createUser();
    await expect(attachUser({ userId: secondary.id, structureId: structure.id, input: attachInput(newcomer.loginEmail, { role: "GESTIONNAIRE_PRINCIPAL" }) })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("users of the structure", () => {
  it("lists only active and deactivated users", async () => {
    const { structure, principal } = await createManagedStructure();
    await attach((await createUser()).id, structure.id, { status: "EN_ATTENTE" });
    await attach((await createUser()).id, structure.id, { status: "DESACTIVE" });
    const { structure: page } = await getManagedStructure({ userId: principal.id, structureId: structure.id });
    expect(page.rattachements.map((r) => r.status).sort()).toEqual(["ACTIF", "DESACTIVE"]);
  });

  it("deactivates, reactivates (dated) and removes selected users", async () => {
    const { structure, principal } = await createManagedStructure();
    const user = await createUser();
    const rattachement = await attach(user.id, structure.id);
    await setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [rattachement.id], active: false });
    expect(await statusOf(rattachement.id)).toBe("DESACTIVE");
    await setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [rattachement.id], active: true });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: rattachement.id } })).toMatchObject({ status: "ACTIF", reactivatedAt: expect.any(Date) });
    await removeUsers({ userId: principal.id, structureId: structure.id, rattachementIds: [rattachement.id] });
    expect(await statusOf(rattachement.id)).toBeUndefined();
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("changes a user's role, services and espaces", async () => {
    const { structure, principal, defaultService } = await createManagedStructure();
    const rattachement = await attach((await createUser()).id, structure.id, { espaces: ["FACTURES_EMISES"] });
    await updateUserRattachement({ userId: principal.id, structureId: structure.id, rattachementId: rattachement.id, input: { role: "GESTIONNAIRE_SECONDAIRE", serviceIds: [defaultService.id], espaces: ["MON_COMPTE"] } });
    const updated = await db.rattachement.findUniqueOrThrow({ where: { id: rattachement.id }, include: { services: true, espaces: true } });
    expect(updated.role).toBe("GESTIONNAIRE_SECONDAIRE");
    expect(updated.services.map((s) => s.serviceId)).toEqual([defaultService.id]);
    expect(updated.espaces.map((e) => e.espace)).toEqual(["MON_COMPTE"]);
  });

  it("keeps the gestionnaire principal out of a secondaire's reach", async () => {
    const { structure, principalRattachement } = await createManagedStructure();
    const secondary = await createUser();
    await attach(secondary.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });
    const message = "Un gestionnaire secondaire ne peut ni modifier le gestionnaire principal ni en désigner un.";
    await expect(setUsersActive({ userId: secondary.id, structureId: structure.id, rattachementIds: [principalRattachement.id], active: false })).rejects.toMatchObject({ code: "CONFLICT", message });
    await expect(removeUsers({ userId: secondary.id, structureId: structure.id, rattachementIds: [principalRattachement.id] })).rejects.toMatchObject({ message });
    await expect(
      updateUserRattachement({ userId: secondary.id, structureId: structure.id, rattachementId: principalRattachement.id, input: { role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: [] } }),
    ).rejects.toMatchObject({ message });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: principalRattachement.id } })).toMatchObject({ role: "GESTIONNAIRE_PRINCIPAL", status: "ACTIF" });
  });

  it("does not let the only gestionnaire principal deactivate, remove or demote himself; a second one lifts it", async () => {
    const { structure, principal, principalRattachement } = await createManagedStructure();
    const message = "Vous êtes le seul gestionnaire principal actif de la structure : désignez d'abord un autre gestionnaire principal.";
    await expect(setUsersActive({ userId: principal.id, structureId: structure.id, rattachementIds: [principalRattachement.id], active: false })).rejects.toMatchObject({ message });
    await expect(removeUsers({ userId: principal.id, structureId: structure.id, rattachementIds: [principalRattachement.id] })).rejects.toMatchObject({ message });
    await expect(
      updateUserRattachement({ userId: principal.id, structureId: structure.id, rattachementId: principalRattachement.id, input: { role: "GESTIONNAIRE_SECONDAIRE", serviceIds: [], espaces: [] } }),
    ).rejects.toMatchObject({ message });

    const successor = await createUser();
    await attachUser({ userId: principal.id, structureId: structure.id, input: attachInput(successor.loginEmail, { role: "GESTIONNAIRE_PRINCIPAL", espaces: [] }) });
    await acceptInvitation({ userId: successor.id, rattachementId: (await db.rattachement.findFirstOrThrow({ where: { userId: successor.id } })).id });
    await updateUserRattachement({ userId: principal.id, structureId: structure.id, rattachementId: principalRattachement.id, input: { role: "GESTIONNAIRE_SECONDAIRE", serviceIds: [], espaces: [] } });
    expect((await db.rattachement.findUniqueOrThrow({ where: { id: principalRattachement.id } })).role).toBe("GESTIONNAIRE_SECONDAIRE");
  });

  it("refuses another structure's users and anyone who does not manage the structure", async () => {
    const a = await createManagedStructure();
    const b = await createManagedStructure();
    const simple = await createUser();
    const simpleRattachement = await attach(simple.id, a.structure.id);
    // B's gestionnaire on A, and A's rattachement passed while acting on B.
    await expect(setUsersActive({ userId: b.principal.id, structureId: a.structure.id, rattachementIds: [simpleRattachement.id], active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUsersActive({ userId: b.principal.id, structureId: b.structure.id, rattachementIds: [simpleRattachement.id], active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeUsers({ userId: b.principal.id, structureId: b.structure.id, rattachementIds: [b.principalRattachement.id, simpleRattachement.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateUserRattachement({ userId: b.principal.id, structureId: b.structure.id, rattachementId: simpleRattachement.id, input: { role: "GESTIONNAIRE_PRINCIPAL", serviceIds: [], espaces: [] } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A simple user cannot manage their own structure.
    await expect(removeUsers({ userId: simple.id, structureId: a.structure.id, rattachementIds: [a.principalRattachement.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getManagedStructure({ userId: b.principal.id, structureId: a.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: simpleRattachement.id } })).toMatchObject({ status: "ACTIF", role: "UTILISATEUR_SIMPLE" });
    expect(await statusOf(b.principalRattachement.id)).toBe("ACTIF");
  });
});
