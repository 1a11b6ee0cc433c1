import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";

/** Gestionnaire principal of the demo supplier CHORUS DEUX (CHORUS SOCIETE is created by seed 001's journey). */
export const ISABELLE = "isabelle.dubreuil@chorus-deux.example";
export const AGENT_COTES_D_ARMOR = "factures@cotesdarmor.example";
/** Gestionnaire principal of the demo supplier LE FOURNISSEUR (SIRET 12345678900014). */
export const MARC = "marc.fournier@le-fournisseur.example";

export async function login(page: Page, email: string, password = E2E_DEMO_PASSWORD) {
  await page.goto("/");
  await page.getByLabel("Adresse électronique de connexion").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
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
