// A down payment and its final invoice: the supplier sends a Facture d'acompte to DEP COTES-D'ARMOR, then a
// Facture that deducts it; the form and the invoice page show the acompte as "Montant payé / acomptes versés"
// and the reduced Net à payer.
import { expect, test, type Page } from "@playwright/test";
import { ISABELLE, signedInPage, tick } from "./helpers.ts";
import { addPommes, chooseRecipient, COTES_D_ARMOR } from "./invoice-form.ts";

const totalsOf = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Montants totaux" }) });

async function startInvoice(page: Page) {
  await page.goto("/factures-emises/saisir");
  await chooseRecipient(page, COTES_D_ARMOR);
  await page.getByLabel(/^Numéro d'engagement/).fill("91821");
}

async function send(page: Page, number: string) {
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
}

test("a facture d'acompte, then the final invoice deducting it: the Net à payer is reduced", async ({ browser }) => {
  // Two invoices entered and sent: on a loaded machine the first page alone took the default minute.
  test.setTimeout(240_000);
  const page = await signedInPage(browser, ISABELLE);
  const suffix = Date.now().toString(36).toUpperCase();
  const acompte = `AC-${suffix}`;
  const final = `FF-${suffix}`;

  // The down payment: Pommes, 8,44 TTC, type « Facture d'acompte ».
  await startInvoice(page);
  await tick(page, "Facture d'acompte");
  await addPommes(page);
  await send(page, acompte);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Facture d'acompte n° ${acompte}`);

  // The final invoice: 8 Kilo of Pommes (16,88 TTC), deducting the acompte (8,44).
  await startInvoice(page);
  const downPayment = page.getByRole("checkbox", { name: new RegExp(`^N° ${acompte} du .* 8,44 EUR TTC$`) });
  await expect(downPayment).toBeVisible();
  // The DSFR draws its label over the input (force); the list of down payments renders again once the form is
  // hydrated and the recipient's suggestions are read, which may undo a click made just before: check until it holds.
  await expect(async () => {
    await downPayment.check({ force: true });
    await expect(downPayment).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await addPommes(page, "8");
  const formTotals = totalsOf(page);
  await expect(formTotals).toContainText(/Montant TTC après remise :\s*16,88/);
  await expect(formTotals).toContainText(/Montant payé \/ acomptes versés :\s*8,44/);
  await expect(formTotals).toContainText(/Net à payer :\s*8,44/);
  await send(page, final);

  // Its page: the acompte named, the amount already paid and the reduced Net à payer.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Facture n° ${final}`);
  await expect(page.getByText(`N° ${acompte}`)).toBeVisible();
  const pageTotals = totalsOf(page);
  await expect(pageTotals).toContainText(/Montant TTC après remise :\s*16,88/);
  await expect(pageTotals).toContainText(/Montant payé \/ acomptes versés :\s*8,44/);
  await expect(pageTotals).toContainText(/Net à payer :\s*8,44/);
});
