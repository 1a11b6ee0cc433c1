// Who hears of a sollicitation, in the transaction of the change: the other side's users — the addressee structure's
// users with "Sollicitations reçues" (or the platform's administrators for the support) when the author writes, the
// author structure's users with "Sollicitations émises" when the addressee does — each with a line of their fil
// d'événements and an e-mail (enqueueNotification, topic SOLLICITATION: their Abonnements decide). The addressee's
// answer is also the webhook "sollicitation.repondue" to the author's structure.
import { espaceGrantSelect, rightAllows, rightOf, usersOpening, type EspaceUser } from "@/features/structures/index.ts";
import type { Tx } from "@/server/db.ts";
import { recordEvents } from "@/server/events.ts";
import { enqueueNotification } from "@/server/mail/notifications.ts";
import { renderEmail } from "@/server/mail/render-email.ts";
import { absoluteUrl } from "@/server/urls.ts";
import { emitWebhookEvent } from "@/server/webhooks/emit.ts";
import { SOLLICITATION_STATUS_LABELS } from "../rules/statuses.ts";
import { sollicitationPath } from "../rules/paths.ts";

type Told = {
  id: string;
  number: string;
  subject: string;
  authorStructureId: string;
  addresseeKind: "SUPPORT" | "STRUCTURE";
  addresseeStructureId: string | null;
  addresseeServiceId: string | null;
};

/** What happened, as the other side reads it. */
export type SollicitationNews = "NOUVELLE" | "REPONSE" | "PRISE_EN_CHARGE" | "CLOTUREE";

async function addresseeUsers(tx: Tx, told: Told): Promise<EspaceUser[]> {
  if (told.addresseeKind === "STRUCTURE") return told.addresseeStructureId ? structureUsers(tx, told.addresseeStructureId, told.addresseeServiceId) : [];
  const admins = await tx.user.findMany({ where: { platformRole: "ADMINISTRATEUR", status: "ACTIF", kind: "PERSONNE" }, select: { id: true, loginEmail: true, contactEmail: true } });
  return admins.map((user) => ({ id: user.id, email: user.contactEmail ?? user.loginEmail }));
}

/** The addressee structure's people who read its Sollicitations reçues for the sollicitation's service (as its page does). */
async function structureUsers(tx: Tx, structureId: string, serviceId: string | null): Promise<EspaceUser[]> {
  const rows = await tx.rattachement.findMany({
    where: { structureId, status: "ACTIF", user: { status: "ACTIF", kind: "PERSONNE" } },
    select: { ...espaceGrantSelect, user: { select: { id: true, loginEmail: true, contactEmail: true } } },
  });
  return rows
    .filter((row) => rightAllows(rightOf(row, "SOLLICITATIONS_RECUES", serviceId), "CONSULTATION"))
    .map((row) => ({ id: row.user.id, email: row.user.contactEmail ?? row.user.loginEmail }));
}

const authorName = async (tx: Tx, structureId: string) => (await tx.structure.findUniqueOrThrow({ where: { id: structureId }, select: { raisonSociale: true } })).raisonSociale;

/** Tells the addressee's side that the author created the sollicitation, replied to it or closed it. */
export async function notifyAddressee(tx: Tx, told: Told, news: Exclude<SollicitationNews, "PRISE_EN_CHARGE">) {
  const users = await addresseeUsers(tx, told);
  const viewpoint = told.addresseeKind === "SUPPORT" ? "SUPPORT" : "RECUES";
  const path = sollicitationPath(viewpoint, told.id);
  const from = await authorName(tx, told.authorStructureId);
  const sentence = {
    NOUVELLE: `Nouvelle sollicitation n° ${told.number} de ${from} : ${told.subject}`,
    REPONSE: `${from} a répondu à la sollicitation n° ${told.number} : ${told.subject}`,
    CLOTUREE: `${from} a clôturé la sollicitation n° ${told.number} : ${told.subject}`,
  }[news];
  await recordEvents(tx, {
    userIds: users.map((user) => user.id),
    structureId: told.addresseeStructureId ?? undefined,
    espace: "SOLLICITATIONS_RECUES",
    type: `SOLLICITATION_${news}`,
    message: `${sentence}.`,
    link: path,
  });
  if (news === "CLOTUREE") return;
  const email = renderEmail({
    subject: news === "NOUVELLE" ? `Nouvelle sollicitation n° ${told.number}` : `Sollicitation n° ${told.number} : nouvelle réponse`,
    paragraphs: [`${sentence}.`, "Consultez-la et répondez depuis l'espace « Sollicitations reçues »."],
    link: { label: "Consulter la sollicitation", url: absoluteUrl(path) },
  });
  for (const user of users) await enqueueNotification(tx, { userId: user.id, to: user.email, topic: "SOLLICITATION", content: email });
}

/** Tells the author's side that the addressee took the sollicitation in charge or answered it (then the webhook too). */
export async function notifyAuthor(tx: Tx, told: Told & { status: keyof typeof SOLLICITATION_STATUS_LABELS }, news: "REPONSE" | "PRISE_EN_CHARGE", now: Date) {
  const users = await usersOpening(tx, told.authorStructureId, "SOLLICITATIONS_EMISES");
  const path = sollicitationPath("EMISES", told.id);
  const status = SOLLICITATION_STATUS_LABELS[told.status];
  const sentence =
    news === "REPONSE"
      ? `Réponse à votre sollicitation n° ${told.number} (${told.subject}) : elle est à l'état « ${status} »`
      : `Votre sollicitation n° ${told.number} (${told.subject}) est en cours de traitement`;
  await recordEvents(tx, { userIds: users.map((user) => user.id), structureId: told.authorStructureId, espace: "SOLLICITATIONS_EMISES", type: `SOLLICITATION_${news}`, message: `${sentence}.`, link: path });
  if (news !== "REPONSE") return;
  const email = renderEmail({
    subject: `Sollicitation n° ${told.number} : réponse reçue`,
    paragraphs: [
      `${sentence}.`,
      told.status === "COMPLEMENT_DEMANDE"
        ? "Un complément d'information vous est demandé : répondez depuis l'espace « Sollicitations émises »."
        : "Consultez la réponse depuis l'espace « Sollicitations émises » : vous pouvez y répondre ou clôturer la sollicitation.",
    ],
    link: { label: "Consulter la sollicitation", url: absoluteUrl(path) },
  });
  for (const user of users) await enqueueNotification(tx, { userId: user.id, to: user.email, topic: "SOLLICITATION", content: email });
  await emitWebhookEvent(
    tx,
    { type: "SOLLICITATION_REPONDUE", structureIds: [told.authorStructureId], data: { idSollicitation: told.id, numeroSollicitation: told.number, dateReponse: now.toISOString() } },
    now,
  );
}
