// Claiming a structure (decision 0005): a new user who asks to join a public structure that nobody manages is named
// its gestionnaire principal by the platform's administration, not by the asking.
import { expect, test } from "@playwright/test";
import { createAndActivateAccount, loginAs, signedInPage, tabNames } from "./helpers.ts";
import { waitForEmail } from "./mail.ts";

const ADMINISTRATOR = "administration@portail-facturation.example";
const COMMUNE = { identifier: "21290189000013", raisonSociale: "COMMUNE DE PLOUGASTEL-DAOULAS" };
const JUSTIFICATION = "Je suis la directrice générale des services de la commune ; le maire m'a déléguée pour recevoir et traiter ses factures.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

test("a new user asks to join a public structure without users, the platform administrator approves, and the user gets its Factures reçues", async ({ page, browser }) => {
  const agent = { email: `dgs.${Date.now()}@plougastel-daoulas.example`, nom: "Le Gall", prenom: "Morgane", password: "Commune-E2E-2026!" };
  await createAndActivateAccount(page, agent, { adresse: "1 rue Louis Nicolle", codePostal: "29470", ville: "Plougastel-Daoulas" });
  await loginAs(page, agent.email, agent.password);

  // Mon compte > Demander un rattachement: the commune has no gestionnaire, so the request goes to the administration.
  await page.goto("/mon-compte");
  await page.getByRole("link", { name: "Demander un rattachement" }).click();
  await page.getByLabel("Identifiant", { exact: true }).fill(COMMUNE.identifier);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("checkbox", { name: `Sélectionner la structure ${COMMUNE.raisonSociale} (${COMMUNE.identifier})` }).check({ force: true });
  await page.getByRole("button", { name: "Demander le rattachement" }).click();
  await expect(page).toHaveURL(/\/mon-compte\/rattachements\/administration\//);
  await expect(page.getByText("Votre demande sera transmise à l'administration de la plateforme")).toBeVisible();
  await page.getByLabel(/^Justification \*/).fill(JUSTIFICATION);
  await page.getByLabel(/^Pièce justificative/).setInputFiles({ name: "delegation.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Transmettre la demande à l'administration" }).click();
  await expect(page.getByText("Votre demande est transmise à l'administration de la plateforme.")).toBeVisible();

  // Asking gave nothing: no tab, the claim waits.
  await page.goto("/mon-compte");
  await expect(page.getByRole("cell", { name: "En attente de l'administration" })).toBeVisible();
  expect(await tabNames(page)).toEqual(["Accueil connecté", "Mon compte"]);

  // The platform administrator is told, examines the claim and its document, and approves it.
  await waitForEmail(ADMINISTRATOR, `demande de désignation du gestionnaire principal de la structure ${COMMUNE.raisonSociale}`);
  const admin = await signedInPage(browser, ADMINISTRATOR);
  expect(await tabNames(admin)).toContain("Administration");
  await admin.getByRole("navigation", { name: "Espaces du portail" }).getByRole("link", { name: "Administration" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Demandes de désignation du gestionnaire principal" })).toBeVisible();
  await admin.getByRole("row", { name: /Le Gall/ }).getByRole("link", { name: /Examiner la demande/ }).click();
  await expect(admin.getByText(JUSTIFICATION)).toBeVisible();
  const download = admin.waitForEvent("download");
  await admin.getByRole("link", { name: /Télécharger le justificatif/ }).click();
  expect((await download).suggestedFilename()).toBe("delegation.pdf");
  await admin.getByRole("button", { name: "Approuver" }).click();
  await expect(admin.getByText("La demande est approuvée : le demandeur est gestionnaire principal de la structure")).toBeVisible();
  await admin.getByRole("link", { name: "Journal des décisions" }).click();
  await expect(admin.getByRole("row", { name: /Demande de désignation approuvée/ })).toContainText(COMMUNE.raisonSociale);
  await admin.context().close();

  // The new gestionnaire principal is told, and now sees the commune's received invoices.
  await waitForEmail(agent.email, "demande de désignation comme gestionnaire principal approuvée");
  await page.goto("/accueil");
  expect(await tabNames(page)).toContain("Factures reçues");
  await page.getByRole("navigation", { name: "Espaces du portail" }).getByRole("link", { name: "Factures reçues" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Factures reçues" })).toBeVisible();
});
