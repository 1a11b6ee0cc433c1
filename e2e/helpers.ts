import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { E2E_DEMO_PASSWORD, MAILDEV_WEB_PORT } from "../playwright.config.ts";
import { DEMO_TOTP_SECRET } from "../prisma/seed/demo-second-factor.ts";

/** Gestionnaire principal of the demo supplier CHORUS DEUX (CHORUS SOCIETE is created by seed 001's journey). */
export const ISABELLE = "isabelle.dubreuil@chorus-deux.example";
export const AGENT_COTES_D_ARMOR = "factures@cotesdarmor.example";
/** Gestionnaire principal of the demo supplier LE FOURNISSEUR (SIRET 12345678900014). */
export const MARC = "marc.fournier@le-fournisseur.example";
/** An account of LE FOURNISSEUR in the demo seed: a file it deposits must pay to one of its structure's accounts. */
export const LE_FOURNISSEUR_ACCOUNT = { iban: "FR7630004000031234567890143", bic: "BNPAFRPPXXX" };

/**
 * The login form, then, when the password is right, the second factor (see passSecondFactor); a refused password
 * leaves the page on the form with its error.
 */
export async function login(page: Page, email: string, password = E2E_DEMO_PASSWORD) {
  await page.goto("/");
  await page.getByLabel("Adresse électronique de connexion").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect
    .poll(async () => /\/double-authentification/.test(page.url()) || (await page.locator(".fr-alert--error").count()) > 0, { timeout: 20_000 })
    .toBe(true);
  if (/\/double-authentification/.test(page.url())) await passSecondFactor(page, email);
}

/** The authenticator-app keys of the accounts this run set up (the demo accounts share DEMO_TOTP_SECRET). */
const totpSecrets = new Map<string, string>();

export function totpSecretOf(email: string): string {
  return totpSecrets.get(email.toLowerCase()) ?? DEMO_TOTP_SECRET;
}

/** The code an authenticator app shows for this key, `stepOffset` steps of 30 s from now. */
export function totpCodeFor(secret: string, stepOffset = 0): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepOffset * 30_000 });
}

/** Sets up the authenticator app on the first-login page as a user does (the key shown under the QR code); keeps the key. */
export async function setUpAuthenticatorApp(page: Page, email: string): Promise<string[]> {
  await expect(page.getByRole("heading", { level: 1, name: "Activer la double authentification" })).toBeVisible();
  const secret = (await page.locator("#cle-totp").innerText()).replace(/\s/g, "");
  totpSecrets.set(email.toLowerCase(), secret);
  await page.getByLabel("Code à 6 chiffres affiché par l'application").fill(totpCodeFor(secret));
  await page.getByRole("button", { name: "Activer", exact: true }).click();
  const list = page.getByRole("list", { name: "Codes de secours" });
  await expect(list).toBeVisible();
  const codes = await list.getByRole("listitem").allInnerTexts();
  await page.getByRole("link", { name: "J'ai conservé mes codes de secours : continuer" }).click();
  return codes;
}

/**
 * The second step of the login: on the setup page (a new account), sets up the app; otherwise types the app's code.
 * A code serves once per account: when this run has just used the current one (several logins of one account within
 * 30 s), the next step's is tried, then a code received by e-mail (MailDev).
 */
export async function passSecondFactor(page: Page, email: string) {
  await page.waitForURL(/\/double-authentification/);
  await expect(page.getByRole("heading", { level: 1, name: /Vérification en deux étapes|Activer la double authentification/ })).toBeVisible();
  if (/\/double-authentification\/configuration/.test(page.url())) {
    await setUpAuthenticatorApp(page, email);
    return;
  }
  const secret = totpSecretOf(email);
  // Each try computes its code when it types it: a try that straddles a 30-s step may be refused as incorrect.
  for (const offset of [0, 1]) {
    await page.getByLabel("Code à 6 chiffres de l'application").fill(totpCodeFor(secret, offset));
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await expect
      .poll(async () => !/\/double-authentification/.test(page.url()) || (await page.getByText(/Ce code a déjà servi|Ce code est incorrect/).count()) > 0, { timeout: 20_000 })
      .toBe(true);
    if (!/\/double-authentification/.test(page.url())) return;
    await page.reload(); // a fresh form for the next try, without the message of this one
  }
  await passSecondFactorByEmail(page, email);
}

/** « Recevoir un code par courriel », then the code of the e-mail that arrives after the click. */
export async function passSecondFactorByEmail(page: Page, email: string) {
  const askedAt = Date.now() - 2_000;
  await page.getByRole("button", { name: "Recevoir un code par courriel" }).click();
  await page.getByRole("button", { name: "Envoyer le code par courriel" }).click();
  await expect(page.getByText("Un code valable 10 minutes vient d'être envoyé")).toBeVisible();
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const emails = (await (await fetch(`http://127.0.0.1:${MAILDEV_WEB_PORT}/email`)).json()) as { to: { address: string }[]; subject: string; text: string; date: string }[];
        const mail = emails
          .filter((e) => e.to.some((to) => to.address.toLowerCase() === email.toLowerCase()) && e.subject.includes("Votre code de connexion") && Date.parse(e.date) >= askedAt)
          .sort((a, b) => b.date.localeCompare(a.date))[0];
        code = mail?.text.match(/code de connexion est : (\d{6})/)?.[1];
        return code !== undefined;
      },
      { timeout: 20_000, message: `code de connexion pour ${email}` },
    )
    .toBe(true);
  await page.getByRole("textbox", { name: "Code reçu par courriel" }).fill(code!);
  await page.getByRole("button", { name: "Vérifier le code reçu" }).click();
  await expect(page).not.toHaveURL(/\/double-authentification/);
}

/** Logs in and waits for the signed-in home page (a navigation started sooner would cancel the login). */
export async function loginAs(page: Page, email: string, password = E2E_DEMO_PASSWORD) {
  await login(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
}

/** A page of its own browser context (its own session), signed in as `email`: one per actor of a story. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, email);
  return page;
}

/**
 * Ticks a DSFR radio or checkbox as a user does: by clicking its label, which is drawn over the input; when the
 * label is only for screen readers (a checkbox in a table cell), by clicking the input itself.
 */
export async function tick(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
  const labelElement = page.locator(`label[for="${await input.getAttribute("id")}"]`);
  if (await labelElement.isVisible()) await labelElement.click();
  else await input.check({ force: true });
  await expect(input).toBeChecked();
}

/**
 * Opens a DSFR modal through its button and returns the dialog. The DSFR's script, not React, opens it: a click that
 * comes before the script has started on a freshly loaded page does nothing, as it would for a user, who clicks
 * again; so does this, until the dialog shows.
 */
export async function openDialog(page: Page, button: Locator, dialogName: string): Promise<Locator> {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(async () => {
    if (!(await dialog.isVisible())) await button.click({ timeout: 5_000 });
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return dialog;
}

export async function tabNames(page: Page) {
  const nav = page.getByRole("navigation", { name: "Espaces du portail" });
  await expect(nav).toBeVisible();
  return nav.getByRole("link").allInnerTexts();
}

export type NewAccount = { email: string; nom: string; prenom: string; password: string };

/** "Créer un compte" (captcha included), then activation from the e-mailed link: the account is ACTIF. */
export async function createAndActivateAccount(page: Page, account: NewAccount, address = { adresse: "12 rue Alphonse Guerrin", codePostal: "38110", ville: "La Tour du Pin" }) {
  const { waitForEmail, linkIn } = await import("./mail.ts");
  await page.goto("/inscription");
  await page.getByLabel(/^Adresse électronique de connexion \*/).fill(account.email);
  await page.getByLabel(/^Ressaisissez votre adresse électronique de connexion \*/).fill(account.email);
  await page.getByLabel("Nom *", { exact: true }).fill(account.nom);
  await page.getByLabel("Prénom *", { exact: true }).fill(account.prenom);
  await page.getByLabel("Adresse *", { exact: true }).fill(address.adresse);
  await page.getByLabel("Code postal *", { exact: true }).fill(address.codePostal);
  await page.getByLabel("Ville *", { exact: true }).fill(address.ville);
  await page.getByRole("checkbox", { name: "Je ne suis pas un robot" }).click();
  await expect(page.getByText("Vérifié")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Finaliser l'inscription" }).click();
  await expect(page.getByText(`Un courriel vous a été envoyé à ${account.email}.`)).toBeVisible();

  const activation = await waitForEmail(account.email, "Activation de votre compte");
  await page.goto(linkIn(activation, "/activation/"));
  await page.getByLabel("Mot de passe *", { exact: true }).fill(account.password);
  await expect(page.getByText("Complexité du mot de passe Satisfaisant")).toBeVisible();
  await page.getByLabel("Confirmation *", { exact: true }).fill(account.password);
  await page.getByLabel("Question secrète *", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Réponse *", { exact: true }).fill("Jules Ferry");
  await page.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(page.getByText("Votre compte est activé : connectez-vous.")).toBeVisible();
}

/** Mon compte > Demander un rattachement: searches the structure by identifier and asks to join it. */
export async function requestRattachement(page: Page, identifier: string, raisonSociale: string) {
  await page.goto("/mon-compte");
  await page.getByRole("link", { name: "Demander un rattachement" }).click();
  await page.getByLabel("Identifiant", { exact: true }).fill(identifier);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("checkbox", { name: `Sélectionner la structure ${raisonSociale} (${identifier})` }).check({ force: true });
  await page.getByRole("button", { name: "Demander le rattachement" }).click();
  await expect(page.getByText("Votre demande de rattachement est enregistrée")).toBeVisible();
}
