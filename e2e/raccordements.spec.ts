// Raccordements EDI et API: the gestionnaire principal of CHORUS DEUX (CHORUS SOCIETE is made by seed 001's journey,
// not by the e2e seed) creates a technical account with Factures émises in modification, declares an application for
// it and sees its secret once (which the token endpoint accepts), renews the secret (the old one then fails), and
// subscribes a URL to the structure's events.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ISABELLE, loginAs, tick } from "./helpers.ts";

const run = Date.now() % 1_000_000;
const ACCOUNT = `ERP comptabilité ${run}`;
const APPLICATION = `Connecteur ERP ${run}`;
const WEBHOOK_URL = `https://erp.chorus-deux.example/webhooks/${run}`;

/** The token endpoint's answer to these credentials (client credentials, HTTP Basic). */
async function tokenStatus(request: APIRequestContext, clientId: string, clientSecret: string) {
  const response = await request.post("/api/oauth/token", {
    headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    data: "grant_type=client_credentials",
  });
  return response.status();
}

async function shownSecret(page: Page) {
  await expect(page.getByText("il ne sera plus affiché")).toBeVisible();
  return (await page.getByTestId("secret").innerText()).trim();
}

test("a gestionnaire creates a technical account, declares an application, sees its secret once, renews it, and subscribes a webhook", async ({ page }) => {
  await loginAs(page, ISABELLE);
  await page.goto("/activites-gestionnaire/structures");
  await page.getByRole("link", { name: "Gérer la structure CHORUS DEUX" }).click();
  await page.locator("section", { has: page.getByRole("heading", { name: "Raccordements EDI et API" }) }).getByRole("link", { name: "Raccordements EDI et API" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Raccordements EDI et API" })).toBeVisible();
  const raccordements = page.url();

  // A technical account with Factures émises in modification.
  await page.getByRole("link", { name: "+ Créer un compte technique" }).click();
  await page.getByLabel(/^Nom du compte technique/).fill(ACCOUNT);
  await tick(page, "Modification : Factures émises");
  await page.getByRole("button", { name: "Créer le compte technique" }).click();
  await expect(page.getByText("Le compte technique est créé")).toBeVisible();
  const accounts = page.locator("section", { has: page.getByRole("heading", { name: "Comptes techniques" }) });
  const accountRow = accounts.getByRole("row", { name: new RegExp(ACCOUNT) });
  await expect(accountRow).toContainText("Factures émises (modification)");
  await expect(accountRow).toContainText("@comptes-techniques.invalid");
  await expect(accountRow).toContainText("Actif");

  // An application acting as it: client id and secret shown once.
  await page.getByRole("link", { name: "+ Déclarer une application" }).click();
  await page.getByLabel(/^Nom de l'application/).fill(APPLICATION);
  await page.getByRole("combobox", { name: /^Compte technique/ }).selectOption({ label: ACCOUNT });
  await tick(page, "Écriture (soumettre, déposer, traiter)");
  await page.getByRole("button", { name: "Déclarer l'application" }).click();
  const secret = await shownSecret(page);
  const clientId = (await page.getByTestId("client-id").innerText()).trim();
  expect(clientId).toMatch(/^app_/);
  expect(secret).toMatch(/^cs_/);
  expect(await tokenStatus(page.request, clientId, secret)).toBe(200);

  await page.getByRole("link", { name: "J'ai copié le secret : retour aux raccordements" }).click();
  await expect(page).toHaveURL(raccordements);
  const applicationRow = page.getByRole("row", { name: new RegExp(APPLICATION) });
  await expect(applicationRow).toContainText(clientId);
  await expect(applicationRow).toContainText(ACCOUNT);
  await expect(applicationRow).toContainText("Lecture, Écriture");
  await expect(applicationRow).toContainText(`…${secret.slice(-4)}`);
  // Never again on the page.
  await expect(page.getByText(secret)).toHaveCount(0);

  // A new secret, shown once: the old one no longer gets a token.
  await applicationRow.getByRole("button", { name: `Renouveler le secret de l'application ${APPLICATION}` }).click();
  await expect(page.getByText("Le secret de l'application")).toBeVisible();
  const renewed = await shownSecret(page);
  expect(renewed).not.toBe(secret);
  expect(await tokenStatus(page.request, clientId, secret)).toBe(401);
  expect(await tokenStatus(page.request, clientId, renewed)).toBe(200);
  await page.reload();
  await expect(page.getByText(renewed)).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(APPLICATION) })).toContainText(`…${renewed.slice(-4)}`);

  // A webhook: an https URL and its events; the signing secret shown once.
  await page.getByRole("link", { name: "+ Abonner une adresse" }).click();
  await page.getByLabel(/^Adresse \(URL\) qui recevra les événements/).fill(WEBHOOK_URL);
  await tick(page, "Statut d'une facture modifié");
  await tick(page, "Flux intégré");
  await page.getByRole("button", { name: "Abonner l'adresse" }).click();
  const signingSecret = await shownSecret(page);
  expect(signingSecret).toMatch(/^whsec_/);
  await page.getByRole("link", { name: "J'ai copié le secret : retour aux raccordements" }).click();
  const webhookRow = page.getByRole("row", { name: new RegExp(WEBHOOK_URL.replace(/[.]/g, "\\.")) });
  await expect(webhookRow).toContainText("Statut d'une facture modifié, Flux intégré");
  await expect(webhookRow).toContainText("Actif");
  await expect(page.getByText(signingSecret)).toHaveCount(0);

  await page.getByRole("link", { name: "Historique des envois" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Historique des envois des webhooks" })).toBeVisible();
});
