// Rows of Raccordements EDI et API (Activités du gestionnaire): a gestionnaire's (principal or secondaire) only, NOT_FOUND
// to anyone else, whatever their espaces. Each row makes its own target in the cell's structure (a technical account,
// an application, a subscription), so that a refused call is refused for whom it is, not for what it names.
import { randomBytes } from "node:crypto";
import { newCredentials } from "@/server/api/client-credentials.ts";
import { createTechnicalAccount } from "@/features/raccordements/use-cases/create-technical-account.ts";
import { deactivateWebhookSubscription } from "@/features/raccordements/use-cases/deactivate-webhook-subscription.ts";
import { declareApplication } from "@/features/raccordements/use-cases/declare-application.ts";
import { revokeApplication } from "@/features/raccordements/use-cases/revoke-application.ts";
import { rotateApplicationSecret } from "@/features/raccordements/use-cases/rotate-application-secret.ts";
import { setTechnicalAccountActive } from "@/features/raccordements/use-cases/set-technical-account-active.ts";
import { subscribeWebhook } from "@/features/raccordements/use-cases/subscribe-webhook.ts";
import { updateTechnicalAccountRights } from "@/features/raccordements/use-cases/update-technical-account-rights.ts";
import { db } from "@/server/db.ts";
import type { Rows } from "./rows.ts";
import type { Cell } from "./world.ts";

const unique = () => randomBytes(4).toString("hex");

/** A technical account of the cell's structure, made by its gestionnaire principal. */
const technicalAccount = (cell: Cell) =>
  createTechnicalAccount({ userId: cell.place.principalId, structureId: cell.place.structureId, input: { nom: `Compte ${unique()}`, espaces: ["FACTURES_EMISES"], modification: [] } });

/** An application of the cell's structure, written straight (its secret is of no use here). */
async function application(cell: Cell) {
  const account = await technicalAccount(cell);
  const { clientSecret: _secret, ...credentials } = newCredentials();
  return db.apiClient.create({ data: { structureId: cell.place.structureId, technicalAccountId: account.id, name: `Application ${unique()}`, scopes: ["lecture"], ...credentials } });
}

/** A webhook subscription of the cell's structure. */
const subscription = (cell: Cell) =>
  db.webhookSubscription.create({ data: { structureId: cell.place.structureId, url: "https://erp.exemple.fr/webhooks", events: ["FLUX_INTEGRE"], secretBox: "v1.x.y.z" } });

export const RACCORDEMENT_ROWS: Rows = {
  createTechnicalAccountAction: {
    reaches: "createTechnicalAccount (Raccordements: + Créer un compte technique)",
    access: { kind: "manage" },
    run: (c) => createTechnicalAccount({ userId: c.userId, structureId: c.place.structureId, input: { nom: `Compte ${unique()}`, espaces: ["FACTURES_EMISES"], modification: [] } }),
  },
  updateTechnicalAccountRightsAction: {
    reaches: "updateTechnicalAccountRights (Raccordements: Modifier les droits)",
    access: { kind: "manage" },
    run: async (c) => updateTechnicalAccountRights({ userId: c.userId, structureId: c.place.structureId, technicalAccountId: (await technicalAccount(c)).id, input: { espaces: ["FACTURES_RECUES"], modification: [] } }),
  },
  setTechnicalAccountActiveAction: {
    reaches: "setTechnicalAccountActive (Raccordements: Désactiver / Réactiver un compte technique)",
    access: { kind: "manage" },
    run: async (c) => setTechnicalAccountActive({ userId: c.userId, structureId: c.place.structureId, technicalAccountId: (await technicalAccount(c)).id, active: false }),
  },
  declareApplicationAction: {
    reaches: "declareApplication (Raccordements: + Déclarer une application)",
    access: { kind: "manage" },
    run: async (c) => declareApplication({ userId: c.userId, structureId: c.place.structureId, input: { nom: `Application ${unique()}`, technicalAccountId: (await technicalAccount(c)).id, scopes: ["lecture"] } }),
  },
  rotateApplicationSecretAction: {
    reaches: "rotateApplicationSecret (Raccordements: Renouveler le secret)",
    access: { kind: "manage" },
    run: async (c) => rotateApplicationSecret({ userId: c.userId, structureId: c.place.structureId, applicationId: (await application(c)).id }),
  },
  revokeApplicationAction: {
    reaches: "revokeApplication (Raccordements: Révoquer une application)",
    access: { kind: "manage" },
    run: async (c) => revokeApplication({ userId: c.userId, structureId: c.place.structureId, applicationId: (await application(c)).id }),
  },
  subscribeWebhookAction: {
    reaches: "subscribeWebhook (Raccordements: + Abonner une adresse)",
    access: { kind: "manage" },
    run: (c) => subscribeWebhook({ userId: c.userId, structureId: c.place.structureId, input: { url: "https://erp.exemple.fr/webhooks", events: ["FACTURE_STATUT_MODIFIE"] } }),
  },
  deactivateWebhookSubscriptionAction: {
    reaches: "deactivateWebhookSubscription (Raccordements: Désactiver un abonnement)",
    access: { kind: "manage" },
    run: async (c) => deactivateWebhookSubscription({ userId: c.userId, structureId: c.place.structureId, subscriptionId: (await subscription(c)).id }),
  },
};
