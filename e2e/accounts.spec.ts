import { expect, test } from "@playwright/test";
import { login } from "./helpers.ts";
import { linkIn, waitForEmail } from "./mail.ts";

const PASSWORD = "Activation-E2E-2026";

test("a new supplier creates an account, solves the captcha, activates it from the e-mail and logs in", async ({ page }) => {
  const email = `nouveau-${Date.now()}@exemple.fr`;
  await page.goto("/");
  await page.getByRole("link", { name: "Créer un compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saisie nouvel utilisateur" })).toBeVisible();

  await page.getByLabel(/^Adresse électronique de connexion \*/).fill(email);
  await page.getByLabel(/^Ressaisissez votre adresse électronique de connexion \*/).fill(email.toUpperCase());
  await page.getByLabel("Nom *", { exact: true }).fill("Pellegrin");
  await page.getByLabel("Prénom *", { exact: true }).fill("Simon");
  await page.getByLabel("Adresse *", { exact: true }).fill("12 rue Alphonse Guerrin");
  await page.getByLabel("Code postal *", { exact: true }).fill("38110");
  await page.getByLabel("Ville *", { exact: true }).fill("La Tour du Pin");
  await expect(page.getByLabel("Pays *", { exact: true })).toHaveValue("France");

  // Without the captcha, the form says so next to it and sends nothing.
  await page.getByRole("button", { name: "Finaliser l'inscription" }).click();
  await expect(page.getByText("Veuillez cocher la case du captcha et attendre sa validation.")).toBeVisible();

  await page.getByRole("checkbox", { name: "Je ne suis pas un robot" }).click();
  await expect(page.getByText("Vérifié")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Veuillez cocher la case du captcha et attendre sa validation.")).toBeHidden();
  await page.getByRole("button", { name: "Finaliser l'inscription" }).click();
  await expect(page.getByText(`Un courriel vous a été envoyé à ${email}. Cliquez sur le lien qu'il contient pour activer votre compte.`)).toBeVisible();

  const activation = await waitForEmail(email, "Activation de votre compte");
  await page.goto(linkIn(activation, "/activation/"));
  await expect(page.getByRole("heading", { level: 1, name: "Activation du compte utilisateur" })).toBeVisible();
  await expect(page.getByText(email).first()).toBeVisible();

  const password = page.getByLabel("Mot de passe *", { exact: true });
  await password.fill("trop-court");
  await expect(page.getByText("Complexité du mot de passe Insuffisant")).toBeVisible();
  await password.fill(PASSWORD);
  await expect(page.getByText("Complexité du mot de passe Satisfaisant")).toBeVisible();
  await page.getByLabel("Confirmation *", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Question secrète *", { exact: true }).selectOption("Dans quelle ville êtes-vous né(e) ?");
  await page.getByLabel("Réponse *", { exact: true }).fill("La Tour du Pin");
  await page.getByRole("button", { name: "Activer mon compte" }).click();

  await expect(page).toHaveURL("/?activation=ok");
  await expect(page.getByText("Votre compte est activé : connectez-vous.")).toBeVisible();

  // The link has served: opened again, it says so and offers a new one.
  await page.goto(linkIn(activation, "/activation/"));
  await expect(page.getByRole("link", { name: "Recevoir un nouveau lien d'activation" })).toBeVisible();

  await login(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
});
