// Mon compte > Abonnements on a real database: the choice is the user's own; an invoice's status change or a
// rattachement request reaches each user as they chose (at once, in the daily digest, not by e-mail) while their fil
// d'événements always gets it; the daily digest sends each user one e-mail with all their notifications, once.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getNotificationSubscriptions } from "@/features/accounts/use-cases/get-notification-subscriptions.ts";
import { updateNotificationSubscriptions } from "@/features/accounts/use-cases/update-notification-subscriptions.ts";
import { changeInvoiceStatus } from "@/features/invoices/lifecycle/index.ts";
import { requestRattachement } from "@/features/rattachements/use-cases/request-rattachement.ts";
import type { NotificationDelivery } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { NOTIFICATION_DIGEST_QUEUE } from "@/server/mail/digest-schedule.ts";
import { runNotificationDigestJob } from "@/server/mail/jobs.ts";
import { removeOldDigestItems, sendNotificationDigests } from "@/server/mail/notification-digest.ts";
import { attach, createInvoiceSupplier, createManagedStructure, createPublicStructure, createRecipientAgent, createUser } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";

const MOTIF = "Montant de la facture erroné";
const mailsTo = (to: string) => db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const digestOf = (userId: string) => db.notificationDigestItem.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const choose = (userId: string, statuts: NotificationDelivery, rattachements: NotificationDelivery = "IMMEDIATEMENT") =>
  updateNotificationSubscriptions({ userId, input: { STATUT_FACTURE: statuts, SOLLICITATION: "IMMEDIATEMENT", RATTACHEMENT: rattachements } });

/** A supplier, one of its users in "Factures émises" (not its gestionnaire), and invoices made available to a recipient whose agent rejects them. */
async function rejectionSetUp() {
  const supplier = await createInvoiceSupplier();
  const recipient = await createPublicStructure({
    identifier: String(randomInt(10 ** 13, 10 ** 14)),
    raisonSociale: `COMMUNE ${randomInt(1000, 9999)}`,
    services: [{ code: "COMPTA", libelle: "Comptabilité" }],
  });
  const service = await db.service.findFirstOrThrow({ where: { structureId: recipient.id } });
  const agent = await createRecipientAgent(recipient.id);
  const user = await createUser();
  await attach(user.id, supplier.structure.id, { espaces: ["FACTURES_EMISES"] });
  const reject = async () => {
    const invoice = await insertInvoice(supplier, {
      number: `F-${randomInt(10 ** 6)}`,
      status: "MISE_A_DISPOSITION",
      sentAt: new Date(Date.now() - 60_000),
      totalGross: "120.00",
      recipientStructureId: recipient.id,
      recipientServiceId: service.id,
    });
    await changeInvoiceStatus({ userId: agent.id, invoiceId: invoice.id, action: "REJETER", motif: MOTIF });
    return invoice;
  };
  return { supplier, user, reject };
}

describe("the choice, Mon compte > Abonnements", () => {
  it("is saved for the session's user, read back, and changes no one else's", async () => {
    const [camille, dominique] = [await createUser(), await createUser()];
    expect(await getNotificationSubscriptions({ userId: camille.id })).toEqual({ STATUT_FACTURE: "IMMEDIATEMENT", SOLLICITATION: "IMMEDIATEMENT", RATTACHEMENT: "IMMEDIATEMENT" });
    await choose(dominique.id, "AUCUN", "AUCUN");

    await choose(camille.id, "SYNTHESE_QUOTIDIENNE");
    expect(await getNotificationSubscriptions({ userId: camille.id })).toEqual({ STATUT_FACTURE: "SYNTHESE_QUOTIDIENNE", SOLLICITATION: "IMMEDIATEMENT", RATTACHEMENT: "IMMEDIATEMENT" });
    await choose(camille.id, "IMMEDIATEMENT", "SYNTHESE_QUOTIDIENNE");
    expect(await getNotificationSubscriptions({ userId: camille.id })).toEqual({ STATUT_FACTURE: "IMMEDIATEMENT", SOLLICITATION: "IMMEDIATEMENT", RATTACHEMENT: "SYNTHESE_QUOTIDIENNE" });
    expect(await db.notificationPreference.count({ where: { userId: camille.id } })).toBe(3);

    // Dominique's choices are as Dominique left them: the use case only ever writes the session's user's rows.
    expect(await getNotificationSubscriptions({ userId: dominique.id })).toEqual({ STATUT_FACTURE: "AUCUN", SOLLICITATION: "IMMEDIATEMENT", RATTACHEMENT: "AUCUN" });
  });

  it("is refused to an account that is not active", async () => {
    const pending = await createUser({ status: "EN_COURS_D_ACTIVATION" });
    await expect(choose(pending.id, "AUCUN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.notificationPreference.count({ where: { userId: pending.id } })).toBe(0);
  });
});

describe("a notification, as the user chose", () => {
  it("Immédiatement (the default): the status change is e-mailed at once", async () => {
    const { user, reject } = await rejectionSetUp();
    const invoice = await reject();
    expect((await mailsTo(user.loginEmail)).map((mail) => mail.subject)).toEqual([expect.stringContaining(`Facture n° ${invoice.invoiceNumber} : Rejetée`)]);
    expect(await digestOf(user.id)).toEqual([]);
  });

  it("Une synthèse quotidienne: no e-mail now but a digest item, and the fil gets its event", async () => {
    const { user, reject } = await rejectionSetUp();
    await choose(user.id, "SYNTHESE_QUOTIDIENNE");
    const invoice = await reject();
    expect(await mailsTo(user.loginEmail)).toEqual([]);
    expect(await digestOf(user.id)).toMatchObject([
      { to: user.loginEmail, topic: "STATUT_FACTURE", subject: `Facture n° ${invoice.invoiceNumber} : Rejetée`, url: expect.stringContaining(`/factures-emises/${invoice.id}`), digestedAt: null },
    ]);
    expect(await db.event.count({ where: { userId: user.id, type: "FACTURE_REJETEE" } })).toBe(1);
  });

  it("Aucun courriel: nothing is e-mailed nor kept, the fil still gets its event; the gestionnaire principal still gets the e-mail", async () => {
    const { supplier, user, reject } = await rejectionSetUp();
    await choose(user.id, "AUCUN");
    const invoice = await reject();
    expect(await mailsTo(user.loginEmail)).toEqual([]);
    expect(await digestOf(user.id)).toEqual([]);
    expect(await db.event.count({ where: { userId: user.id, type: "FACTURE_REJETEE" } })).toBe(1);
    expect((await mailsTo(supplier.principal.loginEmail)).map((mail) => mail.subject)).toEqual([expect.stringContaining(`Facture n° ${invoice.invoiceNumber} : Rejetée`)]);
  });

  it("a gestionnaire principal may not turn the invoice statuses off (as on the real portal), only have them daily", async () => {
    const { supplier } = await rejectionSetUp();
    await expect(choose(supplier.principal.id, "AUCUN")).rejects.toMatchObject({ code: "VALIDATION", field: "STATUT_FACTURE" });
    expect(await db.notificationPreference.count({ where: { userId: supplier.principal.id } })).toBe(0);
    await choose(supplier.principal.id, "SYNTHESE_QUOTIDIENNE", "AUCUN");
    expect(await getNotificationSubscriptions({ userId: supplier.principal.id })).toMatchObject({ STATUT_FACTURE: "SYNTHESE_QUOTIDIENNE", RATTACHEMENT: "AUCUN" });
  });

  it("a rattachement request to a gestionnaire who chose Aucun courriel: only the fil", async () => {
    const { structure, principal } = await createManagedStructure();
    await choose(principal.id, "IMMEDIATEMENT", "AUCUN");
    await requestRattachement({ userId: (await createUser()).id, structureIds: [structure.id] });
    expect(await mailsTo(principal.loginEmail)).toEqual([]);
    expect(await db.event.count({ where: { userId: principal.id, type: "RATTACHEMENT_DEMANDE" } })).toBe(1);
  });
});

describe("the daily digest", () => {
  it("sends each user one e-mail with all their notifications, never twice, even run twice at once", async () => {
    const first = await rejectionSetUp();
    const second = await rejectionSetUp();
    await choose(first.user.id, "SYNTHESE_QUOTIDIENNE", "SYNTHESE_QUOTIDIENNE");
    await choose(second.user.id, "SYNTHESE_QUOTIDIENNE");
    const invoices = [await first.reject(), await first.reject()];
    const { structure } = await createManagedStructure();
    // The first user is also the gestionnaire asked for a rattachement.
    await db.rattachement.create({ data: { userId: first.user.id, structureId: structure.id, role: "GESTIONNAIRE_SECONDAIRE", status: "ACTIF" } });
    await requestRattachement({ userId: (await createUser()).id, structureIds: [structure.id] });
    const secondInvoice = await second.reject();
    expect(await db.outboxMessage.count({ where: { to: { in: [first.user.loginEmail, second.user.loginEmail] } } })).toBe(0);

    const now = new Date();
    const runs = await Promise.all([sendNotificationDigests({ now }), sendNotificationDigests({ now })]);
    expect(runs[0] + runs[1]).toBeGreaterThanOrEqual(2);
    expect(await sendNotificationDigests({ now: new Date() })).toBe(0);

    const [firstMail, ...moreFirst] = await mailsTo(first.user.loginEmail);
    expect(moreFirst).toEqual([]);
    expect(firstMail.subject).toContain("Synthèse quotidienne de vos notifications");
    expect(firstMail.text).toContain("Voici les 3 notifications");
    for (const invoice of invoices) {
      expect(firstMail.text).toContain(`Facture n° ${invoice.invoiceNumber} : Rejetée`);
      expect(firstMail.text).toContain(`/factures-emises/${invoice.id}`);
    }
    expect(firstMail.text).toContain("demande de rattachement à la structure");
    const [secondMail, ...moreSecond] = await mailsTo(second.user.loginEmail);
    expect(moreSecond).toEqual([]);
    expect(secondMail.text).toContain(`Facture n° ${secondInvoice.invoiceNumber} : Rejetée`);
    expect(secondMail.text).not.toContain(`Facture n° ${invoices[0].invoiceNumber}`);
    expect(await db.notificationDigestItem.count({ where: { userId: { in: [first.user.id, second.user.id] }, digestedAt: null } })).toBe(0);

    // The next day's notification goes in the next digest, alone.
    const later = await first.reject();
    expect(await sendNotificationDigests({ now: new Date() })).toBe(1);
    const mails = await mailsTo(first.user.loginEmail);
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain(`Facture n° ${later.invoiceNumber} : Rejetée`);
    expect(mails[1].text).not.toContain(`Facture n° ${invoices[0].invoiceNumber}`);
  });

  it("leaves what arrives after its moment for the next one", async () => {
    const { user, reject } = await rejectionSetUp();
    await choose(user.id, "SYNTHESE_QUOTIDIENNE");
    await reject();
    expect(await sendNotificationDigests({ now: new Date(Date.now() - 60 * 60 * 1000) })).toBe(0);
    expect(await mailsTo(user.loginEmail)).toEqual([]);
    expect(await sendNotificationDigests({ now: new Date() })).toBe(1);
  });

  it("the job schedules the next day's digest before it sends, once per day", async () => {
    const { user, reject } = await rejectionSetUp();
    await choose(user.id, "SYNTHESE_QUOTIDIENNE");
    await reject();
    const moment = new Date(Date.now() + 1000);
    await runNotificationDigestJob(moment);
    await runNotificationDigestJob(moment);
    expect(await mailsTo(user.loginEmail)).toHaveLength(1);
    const scheduled = await db.job.findMany({ where: { queue: NOTIFICATION_DIGEST_QUEUE }, select: { runAt: true, singletonKey: true } });
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0].runAt.getTime()).toBeGreaterThan(moment.getTime());
    expect(scheduled[0].runAt.getTime() - moment.getTime()).toBeLessThanOrEqual(24 * 60 * 60 * 1000);
  });

  it("keeps digested notifications a month, then removes them; those waiting for a digest stay", async () => {
    const { user, reject } = await rejectionSetUp();
    await choose(user.id, "SYNTHESE_QUOTIDIENNE");
    await reject();
    await reject();
    const [old, waiting] = await digestOf(user.id);
    const day = 24 * 60 * 60 * 1000;
    await db.notificationDigestItem.update({ where: { id: old.id }, data: { digestedAt: new Date(Date.now() - 40 * day) } });
    expect(await removeOldDigestItems(new Date(Date.now() - 20 * day))).toBe(0);
    expect(await removeOldDigestItems(new Date())).toBeGreaterThanOrEqual(1);
    expect((await digestOf(user.id)).map((item) => item.id)).toEqual([waiting.id]);
  });
});
