// The onboarding journey of seed 002, reading the e-mails from the real mail catcher (seed 001's, from the account to
// the invoice Déposée, is e2e/seed-001.spec.ts).
import { expect, test, type Browser } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";
import { createAndActivateAccount, ISABELLE, loginAs, requestRattachement, tabNames, tick } from "./helpers.ts";
import { waitForEmail } from "./mail.ts";

const PASSWORD = "Onboarding-E2E-2026!";

async function asIsabelle(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, ISABELLE, E2E_DEMO_PASSWORD);
  return { page, close: () => context.close() };
}

test("seed 002: a second user asks to join CHORUS DEUX, the gestionnaire principal accepts, and the user gets its tabs", async ({ page, browser }) => {
  const marc = { email: `marc.roller.${Date.now()}@chorus-deux.example`, nom: "Roller", prenom: "Marc", password: PASSWORD };
  await createAndActivateAccount(page, marc);
  await loginAs(page, marc.email, marc.password);
  await requestRattachement(page, "FRCHORUSDEUX", "CHORUS DEUX");
  await page.goto("/mon-compte");
  await expect(page.getByRole("cell", { name: "En attente" })).toBeVisible();
  expect(await tabNames(page)).toEqual(["Accueil connecté", "Mon compte"]);

  const isabelle = await asIsabelle(browser);
  await waitForEmail(ISABELLE, "demande de rattachement à la structure CHORUS DEUX");
  await isabelle.page.goto("/activites-gestionnaire/demandes");
  await isabelle.page.getByRole("row", { name: /Roller/ }).getByRole("link", { name: "Traiter la demande" }).click();
  await tick(isabelle.page, "Utilisateur simple");
  await tick(isabelle.page, "Consultation : Factures émises");
  await tick(isabelle.page, "Modification : Factures émises");
  await isabelle.page.getByRole("button", { name: "Accepter" }).click();
  await expect(isabelle.page.getByText("La demande de rattachement est acceptée : l'utilisateur en est informé.")).toBeVisible();
  await isabelle.close();

  await waitForEmail(marc.email, "demande de rattachement acceptée");
  await page.goto("/mon-compte");
  await expect(page.getByRole("cell", { name: "Actif", exact: true })).toBeVisible();
  expect(await tabNames(page)).toEqual(["Accueil connecté", "Factures émises", "Mon compte"]);
  await page.getByRole("link", { name: "Factures émises" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures à traiter" })).toBeVisible();
});

test("a request refused with a motif: the requester is told why and gets no access", async ({ page, browser }) => {
  const requester = { email: `curieux.${Date.now()}@exemple.fr`, nom: "Curieux", prenom: "Jean", password: PASSWORD };
  await createAndActivateAccount(page, requester);
  await loginAs(page, requester.email, requester.password);
  await requestRattachement(page, "FRCHORUSDEUX", "CHORUS DEUX");

  const isabelle = await asIsabelle(browser);
  await isabelle.page.goto("/activites-gestionnaire/demandes");
  await isabelle.page.getByRole("row", { name: /Curieux/ }).getByRole("link", { name: "Traiter la demande" }).click();
  await isabelle.page.getByRole("button", { name: "Refuser" }).click();
  // The server's answer first (the form is given back, emptied, with it): a motif typed before it would be lost.
  await expect(isabelle.page.getByText(/Saisissez le motif du refus/)).toBeVisible();
  await isabelle.page.getByLabel("Motif du refus").fill("Vous ne faites pas partie de notre entreprise.");
  await isabelle.page.getByRole("button", { name: "Refuser" }).click();
  await expect(isabelle.page.getByText(/La demande de rattachement est refusée/)).toBeVisible();
  await isabelle.close();

  const mail = await waitForEmail(requester.email, "demande de rattachement refusée");
  expect(mail.text).toContain("Vous ne faites pas partie de notre entreprise.");
  await page.goto("/mon-compte");
  await expect(page.getByRole("cell", { name: /Refusé \(motif : Vous ne faites pas partie de notre entreprise\.\)/ })).toBeVisible();
  expect(await tabNames(page)).toEqual(["Accueil connecté", "Mon compte"]);
});
