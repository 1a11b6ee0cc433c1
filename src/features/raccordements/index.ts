// Raccordements EDI et API (Activités du gestionnaire): the technical accounts of a structure, its applications (OAuth2
// client credentials) and its webhook subscriptions with their deliveries. The public entry for server code (the demo's
// seed declares CHORUS SOCIETE's application through it); React code imports ui.ts.
export * from "./rules/labels.ts";
export * from "./schemas.ts";
export { createTechnicalAccount } from "./use-cases/create-technical-account.ts";
export { declareApplication } from "./use-cases/declare-application.ts";
export { listApplications } from "./use-cases/list-applications.ts";
export { listTechnicalAccounts } from "./use-cases/list-technical-accounts.ts";
export { listWebhookDeliveries } from "./use-cases/list-webhook-deliveries.ts";
export { listWebhookSubscriptions } from "./use-cases/list-webhook-subscriptions.ts";
export { rotateApplicationSecret } from "./use-cases/rotate-application-secret.ts";
export { revokeApplication } from "./use-cases/revoke-application.ts";
export { subscribeWebhook } from "./use-cases/subscribe-webhook.ts";
export * from "./rules/paths.ts";
