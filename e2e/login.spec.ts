import { expect, test } from "@playwright/test";
import { AGENT_COTES_D_ARMOR, login, ISABELLE, passSecondFactor, tabNames } from "./helpers.ts";

const WRONG = "Adresse électronique ou mot de passe incorrect.";

test("the supplier's gestionnaire principal logs in, sees the tabs of her espaces, and logs out", async ({ page }) => {
  await login(page, ISABELLE);
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
  expect(await tabNames(page)).toEqual([
    "Accueil connecté",
    "Activités du gestionnaire",
    "Factures à valider",
    "Factures émises",
    "Sollicitations émises",
    "Mon compte",
  ]);

  await page.getByRole("link", { name: "Mon compte" }).first().click();
  await expect(page.getByRole("cell", { name: "FRCHORUSDEUX" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Gestionnaire principal" })).toBeVisible();

  await page.getByRole("link", { name: "Factures émises" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures à traiter" })).toBeVisible();

  // An espace that none of her structures opens: refused even by its address.
  const refused = await page.goto("/factures-recues");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { name: "Vous avez déjà un compte ?" })).toBeVisible();
  await page.goto("/accueil");
  await expect(page).toHaveURL(/\/\?session=expiree&retour=%2Faccueil$/);
  await expect(page.getByText("Votre session a expiré : reconnectez-vous.")).toBeVisible();
});

test("a public buyer's agent sees Factures reçues, not Factures émises", async ({ page }) => {
  await login(page, AGENT_COTES_D_ARMOR);
  expect(await tabNames(page)).toEqual([
    "Accueil connecté",
    "Activités du gestionnaire",
    "Factures reçues",
    "Engagements",
    "Sollicitations émises",
    "Sollicitations reçues",
    "Mon compte",
  ]);
  expect((await page.goto("/factures-emises"))?.status()).toBe(403);
});

test("a wrong password and an unknown address get the same message, next to nothing else", async ({ page }) => {
  await login(page, ISABELLE, "pas le bon mot de passe");
  await expect(page.getByRole("alert").filter({ hasText: WRONG })).toBeVisible();
  await login(page, "personne@exemple.fr", "peu importe");
  await expect(page.getByRole("alert").filter({ hasText: WRONG })).toBeVisible();
  await expect(page).toHaveURL("/");
});

test("an empty or malformed form is explained next to its fields", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez votre adresse électronique de connexion.")).toBeVisible();
  await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
  await page.getByLabel("Adresse électronique de connexion").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Saisissez une adresse électronique valide")).toBeVisible();
});

test("the home page is usable with the keyboard: skip links first, then the login form", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Contenu" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Actualités" })).toBeVisible();
  await expect(page.getByText("Indisponibilité du portail")).toBeVisible();
  await page.getByLabel("Adresse électronique de connexion").focus();
  await page.keyboard.type(ISABELLE);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Demo-E2E-Portail-2026!");
  await page.keyboard.press("Enter");
  // Then the second factor, whose code field has the focus.
  await page.waitForURL(/\/double-authentification/);
  await expect(page.getByLabel("Code à 6 chiffres de l'application")).toBeFocused();
  await passSecondFactor(page, ISABELLE);
  await expect(page.getByRole("heading", { level: 1, name: "Accueil connecté" })).toBeVisible();
});

test("GET /api/health reports the database, with a request id", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});
