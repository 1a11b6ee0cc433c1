import { expect, test } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";
import { login, passSecondFactor } from "./helpers.ts";

const WRONG = "Adresse électronique ou mot de passe incorrect.";
const CAPTCHA_NEEDED = "Plusieurs tentatives de connexion à ce compte ont échoué";
/** An agent of the State that no other journey logs in as: its failures here reach nobody else's test. */
const ETAT = "factures@etat.example";

test("five failed logins on an account ask for the captcha instead of locking it, and the owner logs in by solving it", async ({ page }) => {
  for (let attempt = 1; attempt <= 4; attempt++) {
    await login(page, ETAT, `essai-${attempt}`);
    await expect(page.getByRole("alert").filter({ hasText: WRONG })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Je ne suis pas un robot" })).toHaveCount(0);
  }
  await login(page, ETAT, "essai-5");
  await expect(page.getByRole("alert").filter({ hasText: CAPTCHA_NEEDED })).toBeVisible();

  // The right password alone is not enough now: the captcha is asked first (and nothing says the password was right).
  await page.goto("/");
  await page.getByLabel("Adresse électronique de connexion").fill(ETAT);
  await page.getByLabel("Mot de passe", { exact: true }).fill(E2E_DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("alert").filter({ hasText: CAPTCHA_NEEDED })).toBeVisible();

  // The owner ticks the captcha and gets in, then gives the second factor.
  await page.getByRole("checkbox", { name: "Je ne suis pas un robot" }).click();
  await expect(page.getByText("Vérifié")).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Se connecter" }).click();
  await passSecondFactor(page, ETAT);
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
});
