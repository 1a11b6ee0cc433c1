// Liste fiscale: a supplier who sent an invoice opens Factures émises › Liste fiscale, picks the period (today, as
// two dates), sees the invoice with the fingerprint of its Factur-X and the totals, and downloads the CSV export (its
// line checked) and the PDF (which holds the same fingerprint).
import { expect, test } from "@playwright/test";
import { bytesOf } from "./downloads.ts";
import { ISABELLE, loginAs } from "./helpers.ts";
import { addPommes, chooseRecipient, COTES_D_ARMOR } from "./invoice-form.ts";

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  let text = "";
  for (let page = 1; page <= doc.numPages; page++) text += (await (await doc.getPage(page)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join("");
  await doc.destroy();
  return text.replace(/\s+/g, "");
}

test("a supplier's Liste fiscale of the day: the invoice sent, its fingerprint and the totals, exported as CSV and PDF", async ({ page }) => {
  // Sending writes the Factur-X and its deposit receipt: on a loaded machine it takes more than the default waits.
  test.setTimeout(180_000);
  await loginAs(page, ISABELLE);
  const number = `F-LF-${Date.now() % 100_000_000}`;
  await page.goto("/factures-emises/saisir");
  await chooseRecipient(page, COTES_D_ARMOR);
  await page.getByLabel(/^Numéro d'engagement/).fill("91821");
  await addPommes(page);
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/, { timeout: 60_000 });

  await page.goto("/factures-emises");
  await page.getByRole("navigation", { name: "Factures émises" }).getByRole("link", { name: "Liste fiscale" }).click();
  await expect(page.getByRole("heading", { name: "Liste fiscale", level: 1 })).toBeVisible();

  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  await page.getByText("Dates (du … au …)").click();
  await page.getByLabel("Du", { exact: true }).fill(today);
  await page.getByLabel("Au", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Afficher la liste fiscale" }).click();
  await expect(page).toHaveURL(/periode=dates/);

  const row = page.getByRole("row", { name: new RegExp(number) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("DEP COTES-D'ARMOR");
  await expect(row).toContainText("8,44");
  const sha256 = (await row.locator("code").innerText()).trim();
  expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  await expect(page.getByText(/Totaux en EUR/)).toBeVisible();
  await expect(page.getByRole("row", { name: /5,5 %/ }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: /Total général/ }).first()).toBeVisible();

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter (CSV)" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe(`liste-fiscale-${today}-au-${today}.csv`);
  const lines = new TextDecoder().decode(await bytesOf(csv)).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Numéro;Date de facture;Date de dépôt;Destinataire;Identifiant du destinataire;Type;Montant HT;Montant TVA;Montant TTC;Devise;Mandat de facturation;Empreinte SHA-256");
  const line = lines.find((candidate) => candidate.startsWith(`${number};`));
  expect(line?.split(";")).toEqual([number, expect.any(String), today.split("-").reverse().join("/"), "DEP COTES-D'ARMOR", "22220001600327", "Facture", "8,00", "0,44", "8,44", "EUR", expect.stringMatching(/\S/), sha256]);

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exporter (PDF)" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe(`liste-fiscale-${today}-au-${today}.pdf`);
  const text = await pdfText(await bytesOf(pdf));
  expect(text).toContain("Listefiscale");
  expect(text).toContain(number);
  expect(text).toContain(sha256);
  expect(text).toContain("Totalgénéral");
});
