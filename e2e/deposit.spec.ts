// "Dépôt factures" (seeds 001/002): a Factur-X deposited, pre-filled, completed and sent; a corrupt file refused next
// to the field. The demo data has the seller (LE FOURNISSEUR) and the buyer (LE CLIENT) of the Factur-X example.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { LE_FOURNISSEUR_ACCOUNT, loginAs, MARC } from "./helpers.ts";

export const fixture = (name: string) => path.resolve("tests/fixtures/facturx", name);

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

test("a ZIP of the CEN examples and one invoice of ours, deposited as one flux: its compte rendu says what was accepted and why the rest was not", async ({ page }) => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { zipSync } = await import("fflate");
  const { sampleInvoiceXml } = await import("../scripts/lib/sample-einvoices.ts");
  const files: Record<string, Uint8Array> = {};
  for (const folder of ["cii", "ubl"]) {
    const dir = path.resolve("tests/fixtures/en16931", folder);
    for (const name of readdirSync(dir)) files[`${folder}/${name}`] = new Uint8Array(readFileSync(path.join(dir, name)));
  }
  const ours = sampleInvoiceXml(1, { seller: { name: "LE FOURNISSEUR", identifier: "12345678900014", vatId: "FR32123456789", siret: "12345678900014", account: LE_FOURNISSEUR_ACCOUNT }, buyer: { name: "LE CLIENT", siret: "98765432100029", serviceCode: "SERVEXEC" } }, { number: `LOT-${Date.now() % 1_000_000}` });
  files["le-fournisseur.xml"] = new TextEncoder().encode(ours);
  const count = Object.keys(files).length;

  await loginAs(page, MARC);
  await page.goto("/factures-emises/depot");
  await page.getByRole("link", { name: "Dépôt par lot" }).click();
  await page.getByLabel("Choix des fichiers").setInputFiles({ name: "exemples.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync(files)) });
  await page.getByLabel("Cadre de facturation").selectOption("A1");
  await page.getByRole("button", { name: "Déposer le lot" }).click();

  await expect(page).toHaveURL(/\/factures-emises\/depot\/flux\/[0-9a-f-]+/);
  await expect(page.getByRole("heading", { level: 1, name: /^Flux n° FLUX\d+/ })).toBeVisible();
  // Processed in the background; the page follows its progress until it is done.
  await expect(page.getByRole("progressbar", { name: `${count} / ${count} factures traitées` })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Intégré partiellement").first()).toBeVisible();

  const report = page.locator("table");
  const accepted = report.locator("tr", { hasText: "le-fournisseur.xml" });
  await expect(accepted).toContainText("Acceptée");
  // A CEN example: sold by another company to a buyer the directory does not know.
  const rejected = report.locator("tr", { hasText: "cii/CII_example1.xml" });
  await expect(rejected).toContainText("Rejetée");
  await expect(rejected).toContainText(/\[PORTAIL-[A-Z]+\]/);

  await accepted.getByRole("link").click();
  await expect(page.getByText("Déposée").first()).toBeVisible();
});
