// The onboarding journeys of seeds 001 and 002, reading the e-mails from the real mail catcher.
import { expect, test, type Browser } from "@playwright/test";
import { E2E_DEMO_PASSWORD } from "../playwright.config.ts";
import { createAndActivateAccount, ISABELLE, loginAs, requestRattachement, tabNames, tick } from "./helpers.ts";
import { linkIn, waitForEmail } from "./mail.ts";

const PASSWORD = "Onboarding-E2E-2026!";

test("seed 001: Simon Pellegrin creates his account, the structure CHORUS SOCIETE and signs the billing mandate from the e-mail", async ({ page }) => {
  const simon = { email: "simon.pellegrin@chorus-societe.example", nom: "Pellegrin", prenom: "Simon", password: PASSWORD };
  await createAndActivateAccount(page, simon);
  await loginAs(page, simon.email, simon.password);
  expect(await tabNames(page)).toEqual(["Accueil connecté", "Mon compte"]);

  // Mon compte > Mes rattachements aux structures > Demander un rattachement: nothing yet, so a new structure.
  await page.getByRole("link", { name: "Mon compte" }).first().click();
  await page.getByRole("link", { name: "Demander un rattachement" }).click();
  await page.getByLabel("Raison sociale", { exact: true }).fill("CHORUS SOCIETE");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page.getByText("Aucune Structure ne correspond aux critères renseignés.")).toBeVisible();
  await page.getByRole("link", { name: "Saisir une nouvelle structure" }).click();

  await tick(page, "La structure n'a pas de SIRET");
  await page.getByLabel("Sélectionner une option").selectOption({ label: "En cours d'immatriculation" });
  await page.getByLabel("Raison sociale", { exact: true }).fill("CHORUS SOCIETE");
  await page.getByLabel("Pays", { exact: true }).selectOption({ label: "France" });
  await expect(page.getByLabel(/^Identifiant/)).toHaveValue("FRCHORUSSOCIETE");
  await page.getByRole("button", { name: "Continuer" }).click();

  await expect(page.getByLabel(/^Identifiant/)).toHaveValue("FRCHORUSSOCIETE");
  await page.getByLabel("Libellé de la structure").fill("CHORUS SOCIETE");
  await page.getByLabel("Adresse électronique").fill("contact@chorus-societe.example");
  await page.getByLabel("Adresse", { exact: true }).fill("12 rue Alphonse Guerin");
  await page.getByLabel("Code postal", { exact: true }).fill("38110");
  await page.getByLabel("Ville", { exact: true }).fill("La Tour du Pin");
  await page.getByRole("button", { name: "Valider" }).click();

  // The portal proposes the billing mandate, without which nobody can enter an invoice.
  await expect(page).toHaveURL(/\/mandats\?creation=1$/);
  await expect(page.getByText("Aucun mandat, Actif ou En cours de validation, n'existe dans la structure. Sans mandat, aucun utilisateur ne pourra saisir de facture.")).toBeVisible();
  await page.getByRole("link", { name: "Souscrire un mandat de facturation" }).first().click();
  await expect(page.getByLabel("Libellé du mandat")).toHaveValue("MANDAT CHORUS SOCIETE");
  await page.getByRole("button", { name: "Souscrire le mandat" }).click();
  await expect(page.getByText("Un courriel contenant le lien de signature du mandat vous a été envoyé.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "En cours de validation" })).toBeVisible();

  const mail = await waitForEmail(simon.email, "Structure CHORUS SOCIETE - Création d'un nouveau mandat de facturation à signer");
  await page.goto(linkIn(mail, "/mandats/signer/"));
  await tick(page, "Je confirme avoir pris connaissance du mandat ainsi que des conditions générales d'utilisation du portail");
  await page.getByRole("button", { name: "Valider le mandat" }).click();
  await expect(page.getByText("Le mandat de facturation est signé : il est actif.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Actif", exact: true })).toBeVisible();

  // Now a gestionnaire principal of a supplier: its tabs, and invoice entry is no longer refused.
  await page.goto("/accueil");
  expect(await tabNames(page)).toEqual(["Accueil connecté", "Activités du gestionnaire", "Factures émises", "Sollicitations émises", "Mon compte"]);
  await page.goto("/factures-emises/saisir");
  await expect(page.getByText("Saisie de facture impossible")).toBeHidden();
});

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
  await expect(isabelle.page.getByText(/motif/i).first()).toBeVisible();
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
