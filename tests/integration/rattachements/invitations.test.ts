// "+ Rattacher un utilisateur" sends an invitation that its owner accepts: nothing reveals whether an address has an
// account, and an invitation grants nothing until it is accepted.
import { describe, expect, it } from "vitest";
import { listEventFeed } from "@/features/events/use-cases/list-event-feed.ts";
import { requireMember } from "@/features/structures/data/access.ts";
import { attachUserSchema, INVITATION_SENT } from "@/features/rattachements/schemas/users.ts";
import { acceptInvitation } from "@/features/rattachements/use-cases/accept-invitation.ts";
import { declineInvitation } from "@/features/rattachements/use-cases/decline-invitation.ts";
import { attachUser } from "@/features/rattachements/use-cases/attach-user.ts";
import { getManagedStructure } from "@/features/structures/use-cases/get-managed-structure.ts";
import { getUserEspaces } from "@/features/structures/use-cases/get-user-espaces.ts";
import { listManagedStructures } from "@/features/structures/use-cases/list-managed-structures.ts";
import { removeUsers } from "@/features/rattachements/use-cases/remove-users.ts";
import { db } from "@/server/db.ts";
import { attach, createManagedStructure, createUser } from "../factories.ts";

const invite = (email: string, overrides: Record<string, unknown> = {}) =>
  attachUserSchema.parse({ email, role: "UTILISATEUR_SIMPLE", serviceIds: [], espaces: ["FACTURES_EMISES"], ...overrides });

describe("inviting a user to a structure", () => {
  it("gives the same answer whether the address has an account or not", async () => {
    const { structure, principal, defaultService } = await createManagedStructure();
    const known = await createUser();
    const unknown = "personne.inconnue@exemple.fr";
    const users = await db.user.count();

    const answers = [
      await attachUser({ userId: principal.id, structureId: structure.id, input: invite(known.loginEmail.toUpperCase(), { serviceIds: [defaultService.id] }) }),
      await attachUser({ userId: principal.id, structureId: structure.id, input: invite(unknown) }),
    ];
    expect(answers).toEqual([{ message: INVITATION_SENT }, { message: INVITATION_SENT }]);
    expect(await db.user.count()).toBe(users);

    const [toKnown] = await db.outboxMessage.findMany({ where: { to: known.loginEmail } });
    const [toUnknown] = await db.outboxMessage.findMany({ where: { to: unknown } });
    expect(toKnown.subject).toBe(toUnknown.subject);
    expect(toKnown.subject).toContain(`Invitation à rejoindre la structure ${structure.raisonSociale}`);
    expect(toUnknown.text).toContain("/inscription");
    expect(toKnown.text).toContain("/mon-compte");

    const invitation = await db.rattachement.findUniqueOrThrow({
      where: { userId_structureId: { userId: known.id, structureId: structure.id } },
      include: { services: true, espaces: true },
    });
    expect(invitation).toMatchObject({ status: "INVITE", role: "UTILISATEUR_SIMPLE", invitedById: principal.id });
    expect(invitation.services.map((s) => s.serviceId)).toEqual([defaultService.id]);
    expect(invitation.espaces.map((e) => e.espace)).toEqual(["FACTURES_EMISES"]);
    // The gestionnaire's users list does not show it either (it would tell the address has an account).
    const { structure: managed } = await getManagedStructure({ userId: principal.id, structureId: structure.id });
    expect(managed.rattachements.map((r) => r.id)).not.toContain(invitation.id);
  });

  it("an INVITE rattachement grants nothing until accepted, then exactly what the gestionnaire chose", async () => {
    const { structure, principal } = await createManagedStructure();
    const invitee = await createUser();
    await attachUser({ userId: principal.id, structureId: structure.id, input: invite(invitee.loginEmail, { role: "GESTIONNAIRE_SECONDAIRE" }) });
    const invitation = await db.rattachement.findFirstOrThrow({ where: { userId: invitee.id } });

    expect((await getUserEspaces({ userId: invitee.id })).size).toBe(0);
    await expect(requireMember(db, invitee.id, structure.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listManagedStructures({ userId: invitee.id })).toMatchObject({ total: 0 });
    await expect(getManagedStructure({ userId: invitee.id, structureId: structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor can the gestionnaire act on it as on a member.
    await expect(removeUsers({ userId: principal.id, structureId: structure.id, rattachementIds: [invitation.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The invitee hears of it in their fil d'événements (no structure named: they are not a member yet).
    expect((await listEventFeed({ userId: invitee.id })).flatMap((d) => d.espaces.map((e) => e.espace))).toEqual(["MON_COMPTE"]);

    await acceptInvitation({ userId: invitee.id, rattachementId: invitation.id });
    expect(await db.rattachement.findUniqueOrThrow({ where: { id: invitation.id } })).toMatchObject({ status: "ACTIF", role: "GESTIONNAIRE_SECONDAIRE", decidedById: principal.id });
    expect([...(await getUserEspaces({ userId: invitee.id }))].sort()).toEqual(["ACTIVITES_GESTIONNAIRE", "FACTURES_EMISES", "MON_COMPTE", "SOLLICITATIONS_EMISES"]);
    const [notice] = await db.outboxMessage.findMany({ where: { to: principal.loginEmail } });
    expect(notice.text).toContain("a accepté votre invitation");
    await expect(acceptInvitation({ userId: invitee.id, rattachementId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is answered only by its owner; declining withdraws it silently", async () => {
    const { structure, principal } = await createManagedStructure();
    const invitee = await createUser();
    const intruder = await createUser();
    await attachUser({ userId: principal.id, structureId: structure.id, input: invite(invitee.loginEmail) });
    const invitation = await db.rattachement.findFirstOrThrow({ where: { userId: invitee.id } });

    await expect(acceptInvitation({ userId: intruder.id, rattachementId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(declineInvitation({ userId: intruder.id, rattachementId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const mails = await db.outboxMessage.count();
    await declineInvitation({ userId: invitee.id, rattachementId: invitation.id });
    expect(await db.rattachement.count({ where: { id: invitation.id } })).toBe(0);
    expect(await db.outboxMessage.count()).toBe(mails);
    await expect(acceptInvitation({ userId: invitee.id, rattachementId: invitation.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not outlive its author's rights on the structure", async () => {
    const { structure, principal } = await createManagedStructure();
    const secondaire = await createUser();
    const secondaireRattachement = await attach(secondaire.id, structure.id, { role: "GESTIONNAIRE_SECONDAIRE" });
    const invitee = await createUser();
    await attachUser({ userId: secondaire.id, structureId: structure.id, input: invite(invitee.loginEmail) });
    await removeUsers({ userId: principal.id, structureId: structure.id, rattachementIds: [secondaireRattachement.id] });
    const invitation = await db.rattachement.findFirstOrThrow({ where: { userId: invitee.id } });
    await expect(acceptInvitation({ userId: invitee.id, rattachementId: invitation.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.rattachement.findUniqueOrThrow({ where: { id: invitation.id } })).status).toBe("INVITE");
  });

  it("renews an earlier invitation with the gestionnaire's latest choice, with the same answer", async () => {
    const { structure, principal } = await createManagedStructure();
    const invitee = await createUser();
    await attachUser({ userId: principal.id, structureId: structure.id, input: invite(invitee.loginEmail) });
    expect(await attachUser({ userId: principal.id, structureId: structure.id, input: invite(invitee.loginEmail, { espaces: ["SOLLICITATIONS_EMISES"] }) })).toEqual({ message: INVITATION_SENT });
    const invitations = await db.rattachement.findMany({ where: { userId: invitee.id }, include: { espaces: true } });
    expect(invitations).toHaveLength(1);
    expect(invitations[0].espaces.map((e) => e.espace)).toEqual(["SOLLICITATIONS_EMISES"]);
  });
});
