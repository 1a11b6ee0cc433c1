import { expect, test } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";
import { AGENT_COTES_D_ARMOR, createAndActivateAccount, ISABELLE, loginAs, MARC, passSecondFactor, totpCodeFor, type NewAccount } from "./helpers.ts";

const camille: NewAccount = { email: "camille.fontaine@double-facteur.example", nom: "FONTAINE", prenom: "Camille", password: "Deux-Facteurs-2026-!" };

async function typePassword(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/");
  await page.getByLabel("Adresse électronique de connexion").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

test("first login sets up the authenticator app and shows the recovery codes; later logins ask for a code, or a recovery code once", async ({ page }) => {
  await createAndActivateAccount(page, camille);
  await typePassword(page, camille.email, camille.password);

  // Nothing else is open before the setup.
  await expect(page.getByRole("heading", { level: 1, name: "Activer la double authentification" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code à scanner avec votre application d'authentification" })).toBeVisible();
  await page.goto("/factures-emises");
  await expect(page).toHaveURL(/\/double-authentification\/configuration\?retour=%2Ffactures-emises$/);

  const secret = (await page.locator("#cle-totp").innerText()).replace(/\s/g, "");
  await page.getByLabel("Code à 6 chiffres affiché par l'application").fill("000000");
  await page.getByRole("button", { name: "Activer", exact: true }).click();
  await expect(page.getByText(/^Ce code ne correspond pas/).first()).toBeVisible();
  await page.getByLabel("Code à 6 chiffres affiché par l'application").fill(totpCodeFor(secret));
  await page.getByRole("button", { name: "Activer", exact: true }).click();
  await expect(page.getByText("Votre application d'authentification est activée.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Codes de secours" }).getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: "J'ai conservé mes codes de secours : continuer" }).click();
  await expect(page).toHaveURL(/\/factures-emises$/);

  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page.getByRole("heading", { name: "Vous avez déjà un compte ?" })).toBeVisible();

  // Next login: the code of the app (a wrong one first: the tries left are told).
  await typePassword(page, camille.email, camille.password);
  await expect(page.getByRole("heading", { level: 1, name: "Vérification en deux étapes" })).toBeVisible();
  await page.getByLabel("Code à 6 chiffres de l'application").fill(totpCodeFor(secret, 5));
  await page.getByRole("button", { name: "Vérifier", exact: true }).click();
  await expect(page.getByText("Ce code est incorrect. Il vous reste 4 essais.").first()).toBeVisible();
  // The code used at setup has served: the next step's (within the window) opens the session.
  await page.getByLabel("Code à 6 chiffres de l'application").fill(totpCodeFor(secret, 1));
  await page.getByRole("button", { name: "Vérifier", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page.getByRole("heading", { name: "Vous avez déjà un compte ?" })).toBeVisible();

  // Without the app: a recovery code, once.
  await typePassword(page, camille.email, camille.password);
  // A DSFR accordion, opened by the DSFR's script: a click before it has started on the fresh page does nothing, as
  // for a user, who clicks again (a fresh-clone CI run lost its click so).
  const recoveryCode = page.getByRole("textbox", { name: "Code de secours" });
  await expect(async () => {
    if (!(await recoveryCode.isVisible())) await page.getByRole("button", { name: "Utiliser un code de secours" }).click({ timeout: 5_000 });
    await expect(recoveryCode).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await recoveryCode.fill(codes[0]);
  await page.getByRole("button", { name: "Vérifier le code de secours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
  await page.goto("/mon-compte/securite");
  await expect(page.getByText("9 codes de secours inutilisés.")).toBeVisible();
});

test("« Se déconnecter de tous les appareils » ends another browser's session at its next request", async ({ browser }) => {
  const office = await (await browser.newContext()).newPage();
  const home = await (await browser.newContext()).newPage();
  await loginAs(office, ISABELLE);
  await loginAs(home, ISABELLE);

  await office.goto("/mon-compte");
  const sessions = office.getByRole("table", { name: "Sessions actives" });
  await expect(sessions.getByText("Cette session")).toBeVisible();
  expect(await sessions.getByRole("row").count()).toBeGreaterThanOrEqual(3); // header + both browsers
  await office.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
  await expect(office.getByRole("heading", { name: "Vous avez déjà un compte ?" })).toBeVisible();

  await home.goto("/accueil");
  await expect(home).toHaveURL(/\/\?session=expiree&retour=%2Faccueil$/);
});

test("« Se déconnecter » ends the session on the server: its cookie, kept or copied, opens nothing any more", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, MARC);
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page.getByRole("heading", { name: "Vous avez déjà un compte ?" })).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/accueil");
  await expect(stolen).toHaveURL(/\/\?session=expiree/);
});

test("a session that has given only the password reaches only the second-factor page, then the page it asked for", async ({ page }) => {
  await typePassword(page, MARC, E2E_DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Vérification en deux étapes" })).toBeVisible();
  await page.goto("/factures-emises");
  await expect(page).toHaveURL(/\/double-authentification\?retour=%2Ffactures-emises$/);
  expect((await page.request.get("/mon-compte/rattachements/demander/export")).status()).toBe(401);
  await passSecondFactor(page, MARC);
  await expect(page).toHaveURL(/\/factures-emises$/);
});

test("a security key registered in Mon compte then gives the second factor (a virtual authenticator of Chromium)", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "usb", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  await loginAs(page, AGENT_COTES_D_ARMOR);
  await page.goto("/mon-compte/securite");
  await page.getByLabel("Nom de la clé (facultatif)").fill("Clé du bureau");
  await page.getByRole("button", { name: "Enregistrer une clé de sécurité" }).click();
  await expect(page.getByText("Votre clé de sécurité est enregistrée.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Clé du bureau", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page.getByRole("heading", { name: "Vous avez déjà un compte ?" })).toBeVisible();

  await typePassword(page, AGENT_COTES_D_ARMOR, E2E_DEMO_PASSWORD);
  await page.getByRole("button", { name: "Utiliser ma clé de sécurité" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
});
