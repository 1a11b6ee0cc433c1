// "Dépôt factures" (seeds 001/002): a Factur-X deposited, pre-filled, completed and sent; a corrupt file refused next
// to the field. The demo data has the seller (LE FOURNISSEUR) and the buyer (LE CLIENT) of the Factur-X example.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers.ts";

export const MARC = "marc.fournier@le-fournisseur.example";
export const fixture = (name: string) => path.resolve("../shared/fixtures/facturx", name);

test("a Factur-X (XML mixte) becomes a pre-filled invoice, completed and sent with the file's amounts", async ({ page }) => {
  await loginAs(page, MARC);
  await page.goto("/factures-emises");
  await page.getByRole("navigation", { name: "Factures émises" }).getByRole("link", { name: "Dépôt factures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dépôt d'une nouvelle facture" })).toBeVisible();

  await page.getByLabel("Choix du fichier").setInputFiles(fixture("Facture_F20180027.pdf"));
  await page.getByLabel("Format de dépôt").selectOption({ label: "XML mixte" });
  await page.getByLabel("Cadre de facturation").selectOption("A1");
  await page.getByRole("button", { name: "Déposer" }).click();

  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+\/modifier\?deposee=1$/);
  await expect(page.getByText("Votre facture a été analysée")).toBeVisible();
  await expect(page.getByText("XML mixte", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Numéro de facture *")).toHaveValue("F20180027");
  await expect(page.getByLabel("Date de facture *")).toHaveValue("2018-12-31");
  await expect(page.getByText("LE CLIENT").first()).toBeVisible();
  await expect(page.getByText("PRESTATION SUPPORT")).toBeVisible();
  // The file's own totals: its document-level charge and allowance, and the 10.00 already paid.
  const totals = page.locator("section", { has: page.getByRole("heading", { name: "Montants totaux" }) });
  await expect(totals).toContainText(/Montant HT :\s*100,00/);
  await expect(totals).toContainText(/Montant TTC :\s*110,00/);
  await expect(totals).toContainText(/Net à payer :\s*100,00/);
  await expect(page.getByText("Facture originale").first()).toBeVisible();

  await page.getByLabel(/^Numéro d'engagement/).fill("EJ-2018-12");
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
  await expect(page.getByText("Déposée").first()).toBeVisible();
  await expect(page.getByText("F20180027").first()).toBeVisible();
});

test("a corrupt file is refused under « Choix du fichier », and nothing is stored", async ({ page }) => {
  await loginAs(page, MARC);
  await page.goto("/factures-emises/depot");
  await page.getByLabel("Choix du fichier").setInputFiles(fixture("corrupt-factur-x-waytoosmall.pdf"));
  await page.getByLabel("Format de dépôt").selectOption({ label: "XML mixte" });
  await page.getByRole("button", { name: "Déposer" }).click();
  await expect(page.locator("#depot-fichier-erreurs")).toContainText(/PDF .*(endommagé|illisible)|n'est pas un fichier/);
  await expect(page).toHaveURL(/\/factures-emises\/depot$/);
});
