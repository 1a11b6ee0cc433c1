// Seed 001's invoice, entered in the form: to BREST METROPOLE BUDGET PRINCIPAL, engagement BM124, one line
// "Pommes"; saved as a draft, then sent; its Factur-X PDF carries the same totals in its embedded XML.
import { PDFDocument } from "pdf-lib";
import { expect, test, type Page } from "@playwright/test";
import { extractEmbeddedFiles } from "../src/features/einvoice/index.ts";
import { addPommes, chooseRecipient } from "./invoice-form.ts";
import { ISABELLE, loginAs, tick } from "./helpers.ts";

/** The DSFR error message under a field (the same text may also stand in the alert at the top). */
const fieldError = (page: Page, text: string | RegExp) => page.locator(".fr-message--error", { hasText: text });

const chooseBrest = (page: Page) => chooseRecipient(page, { siret: "24290031400012", name: "BREST METROPOLE BUDGET PRINCIPAL" });

test("seed 001: the Pommes invoice to Brest Métropole, saved as a draft, then sent as a Factur-X", async ({ page }) => {
  await loginAs(page, ISABELLE);
  await page.goto("/factures-emises/saisir");
  await expect(page.getByRole("heading", { name: "Saisie facture" })).toBeVisible();
  await chooseBrest(page);
  await addPommes(page);

  const totals = page.locator("section", { has: page.getByRole("heading", { name: "Montants totaux" }) });
  await expect(totals).toContainText(/Montant HT :\s*8,00/);
  await expect(totals).toContainText(/Montant TVA :\s*0,44/);
  await expect(totals).toContainText(/Montant TTC avant remise :\s*8,44/);
  await expect(totals).toContainText(/Net à payer :\s*8,44/);

  // Sending without the engagement Brest requires: refused next to the field, nothing sent.
  const number = `F-POM-${Date.now() % 100_000_000}`; // 20 characters at most
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page.getByText("La facture comporte des erreurs : corrigez les champs signalés.")).toBeVisible();
  await expect(fieldError(page, /Numéro d'engagement|numéro d'engagement/)).toBeVisible();
  await expect(page).toHaveURL(/\/factures-emises\/saisir$/);

  await page.getByLabel(/^Numéro d'engagement/).fill("BM124");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+\/modifier\?enregistree=1$/);
  await expect(page.getByText(/sous le numéro temporaire TMP\d{18}/)).toBeVisible();
  await expect(page.getByText("5 lignes par page (1 ligne)").first()).toBeVisible();

  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
  await expect(page.getByText("Déposée").first()).toBeVisible();
  await expect(page.getByText(number).first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Télécharger la facture (PDF Factur-X)" }).click();
  const pdf = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  });
  expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(0);
  const xml = new TextDecoder().decode((await extractEmbeddedFiles(pdf)).find((file) => file.name === "factur-x.xml")!.content);
  expect(xml).toContain(number);
  expect(xml).toMatch(/<ram:TaxBasisTotalAmount>8\.00<\/ram:TaxBasisTotalAmount>/);
  expect(xml).toMatch(/<ram:TaxTotalAmount currencyID="EUR">0\.44<\/ram:TaxTotalAmount>/);
  expect(xml).toMatch(/<ram:GrandTotalAmount>8\.44<\/ram:GrandTotalAmount>/);
  expect(xml).toMatch(/<ram:DuePayableAmount>8\.44<\/ram:DuePayableAmount>/);

  // The same number cannot be sent twice by the structure.
  await page.goto("/factures-emises/saisir");
  await chooseBrest(page);
  await addPommes(page);
  await page.getByLabel(/^Numéro d'engagement/).fill("BM124");
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(fieldError(page, "Ce numéro de facture est déjà utilisé par une facture envoyée de votre structure.")).toBeVisible();
});

test("an avoir without its original invoice number is refused next to the field", async ({ page }) => {
  await loginAs(page, ISABELLE);
  await page.goto("/factures-emises/saisir");
  await chooseBrest(page);
  await addPommes(page);
  await tick(page, "Avoir");
  await page.getByLabel(/^Numéro d'engagement/).fill("BM124");
  await page.getByLabel("Numéro de facture *").fill(`AV-${Date.now()}`);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(fieldError(page, "Le numéro de la facture d'origine est obligatoire pour un avoir.")).toBeVisible();
  await expect(page).toHaveURL(/\/factures-emises\/saisir$/);
});
