// Filling "Saisir facture" as a user does (the recipient from the search dialog, seed 001's "Pommes" line), and
// reading the état on the invoice's page.
import { expect, type Page } from "@playwright/test";
import { openDialog } from "./helpers.ts";

/** « Recherche de destinataire » by SIRET, then its service (the first one, or the one whose label is given). */
export async function chooseRecipient(page: Page, recipient: { siret: string; name: string; service?: string }) {
  const dialog = await openDialog(page, page.getByRole("button", { name: "Rechercher" }).first(), "Recherche de destinataire");
  await dialog.getByLabel("Siret / Identifiant").fill(recipient.siret);
  await dialog.getByRole("button", { name: "Rechercher" }).click();
  await dialog.getByRole("button", { name: `Sélectionner ${recipient.name} (${recipient.siret})` }).click();
  const service = page.getByLabel("Service *");
  if (recipient.service) await service.selectOption({ label: recipient.service });
  else await service.selectOption({ index: 1 });
}

/** Seed 001's line: 4 Kilo of "Pommes" at 2 € HT, VAT 5.5 % → 8.00 HT, 8.44 TTC (another quantity: its own amounts). */
export async function addPommes(page: Page, quantity = "4") {
  const dialog = await openDialog(page, page.getByRole("button", { name: "Ajouter ligne de facture" }), "Saisie d'une ligne de facture");
  await dialog.getByLabel("Dénomination *").fill("Pommes");
  await dialog.getByLabel("Quantité *").fill(quantity);
  await dialog.getByLabel("Unité *").selectOption({ label: "Kilo" });
  await dialog.getByLabel("Montant unitaire HT *").fill("2");
  await dialog.getByLabel("Taux TVA *").selectOption({ label: "5,5 %" });
  if (quantity === "4") {
    await expect(dialog.getByLabel("Montant HT après remise HT")).toHaveValue("8,00");
    await expect(dialog.getByLabel("Montant TTC après remise HT")).toHaveValue("8,44");
  }
  await dialog.getByRole("button", { name: "Valider la ligne" }).click();
  await expect(page.getByText("5 lignes par page (1 ligne)").first()).toBeVisible();
}

/** The état in the invoice page's header, read again until the platform's jobs (routing…) have run. */
export async function expectInvoiceState(page: Page, label: string) {
  const state = page.locator("dt", { hasText: /^Etat$/ }).locator("+ dd");
  await expect(async () => {
    await page.reload();
    await expect(state).toHaveText(label, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** DEP COTES-D'ARMOR in the demo seed: service COLLEGE, engagement required (5 or 6 digits). */
export const COTES_D_ARMOR = { siret: "22220001600327", name: "DEP COTES-D'ARMOR", service: "Collèges (COLLEGE) — engagement obligatoire" };

/** Saisir facture → Valider et envoyer of the Pommes invoice to DEP COTES-D'ARMOR (engagement 91821); returns its page's address. */
export async function sendToCotesDArmor(page: Page, number: string): Promise<string> {
  await page.goto("/factures-emises/saisir");
  await chooseRecipient(page, COTES_D_ARMOR);
  await page.getByLabel(/^Numéro d'engagement/).fill("91821");
  await addPommes(page);
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
  return page.url();
}
