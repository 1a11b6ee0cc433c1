// Seed 001 word for word, the supplier's first journey: Simon Pellegrin creates his account, the structure CHORUS
// SOCIETE (« En cours d'immatriculation »), signs the billing mandate from the e-mail, then enters the guide's invoice
// (« Pommes », 4 Kilo at 2 € HT, 5,5 %) with « Mode de règlement : Virement » and no bank details, and sends it: it is
// Déposée, and the supplier is told, without being blocked, that bank details would speed up the payment (decision 0011).
import { expect, test } from "@playwright/test";
import { NO_BANK_DETAILS_NOTICE } from "../src/features/invoices/common/rules/payment-means.ts";
import { addPommes, chooseRecipient } from "./invoice-form.ts";
import { createAndActivateAccount, loginAs, tabNames, tick } from "./helpers.ts";
import { linkIn, waitForEmail } from "./mail.ts";

const PASSWORD = "Onboarding-E2E-2026!";

test("seed 001: Simon Pellegrin creates his account, the structure CHORUS SOCIETE, signs the billing mandate, then sends the Pommes invoice by Virement without bank details: Déposée", async ({ page }) => {
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

  // « Saisir une facture », as the guide shows it: to BREST METROPOLE BUDGET PRINCIPAL (service, engagement BM124),
  // « Mode de règlement : Virement », and « Références bancaires » empty (the new structure has no bank account).
  await expect(page.getByRole("heading", { name: "Saisie facture" })).toBeVisible();
  await expect(page.getByText("Références bancaires : aucun compte bancaire actif.")).toBeVisible();
  await chooseRecipient(page, { siret: "24290031400012", name: "BREST METROPOLE BUDGET PRINCIPAL" });
  await page.getByLabel(/^Numéro d'engagement/).fill("BM124");
  await page.getByLabel(/^Mode de règlement/).selectOption({ label: "Virement" });
  // Told, not blocked: bank details would speed up the payment.
  await expect(page.getByText(NO_BANK_DETAILS_NOTICE)).toBeVisible();
  await addPommes(page);
  const totals = page.locator("section", { has: page.getByRole("heading", { name: "Montants totaux" }) });
  await expect(totals).toContainText(/Net à payer :\s*8,44/);
  const number = `F-SEED1-${Date.now() % 100_000_000}`;
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();

  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
  // Déposée (the platform's routing may already have moved it on: its history keeps the état).
  await expect(page.getByText("Déposée").first()).toBeVisible();
  await expect(page.getByText(number).first()).toBeVisible();
  await expect(page.getByText("Aucune coordonnée bancaire")).toBeVisible();
  await expect(page.getByText(NO_BANK_DETAILS_NOTICE)).toBeVisible();
});
