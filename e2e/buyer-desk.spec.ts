// The buyer's desk in Factures reçues: CHORUS DEUX sends two invoices to DEP COTES-D'ARMOR, whose agent opens « Toutes les factures à traiter »
// from the Tableau de bord (the list counts what the tile says), saves that search, exports it as CSV and downloads the
// page's invoices, then the whole search, as ZIPs whose index.csv lists exactly what the list and the export show, each
// invoice's Factur-X PDF (or deposited file) beside it (the downloaded files are read here).
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { bytesOf, csvRows } from "./downloads.ts";
import { AGENT_COTES_D_ARMOR, ISABELLE, signedInPage } from "./helpers.ts";
import { expectInvoiceState, sendToCotesDArmor } from "./invoice-form.ts";


test("an agent finds the invoices to process, exports the search and downloads them as a ZIP whose index matches the list", async ({ browser }) => {
  test.setTimeout(240_000);
  // Two invoices of CHORUS DEUX made available to DEP COTES-D'ARMOR (the e2e database holds no other for it).
  const supplier = await signedInPage(browser, ISABELLE);
  for (const n of [1, 2]) {
    await sendToCotesDArmor(supplier, `F-BUREAU-${Date.now() % 100_000_000}-${n}`);
    await expectInvoiceState(supplier, "Mise à disposition du destinataire");
  }
  const agent = await signedInPage(browser, AGENT_COTES_D_ARMOR);
  await agent.goto("/factures-recues/tableau-de-bord");
  await expect(agent.getByRole("heading", { level: 1, name: "Tableau de bord Factures reçues" })).toBeVisible();
  const toProcess = agent.getByTestId("tuile-a-traiter");
  const count = Number((await toProcess.locator(".fr-tile__detail").innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThanOrEqual(2);
  await toProcess.getByRole("link", { name: "Toutes les factures à traiter" }).click();
  await expect(agent).toHaveURL(/\/factures-recues\?aTraiter=oui$/);
  await expect(agent.getByText(`(${count} ${count > 1 ? "factures" : "facture"})`)).toBeVisible();

  // The search saved under a name, offered again in « Mes recherches enregistrées ».
  const name = `À traiter ${Date.now() % 100_000}`;
  await agent.getByLabel("Nom de la recherche").fill(name);
  await agent.getByRole("button", { name: "Enregistrer cette recherche" }).click();
  await expect(agent.getByText(`La recherche « ${name} » est enregistrée.`)).toBeVisible();
  await expect(agent.getByRole("link", { name: new RegExp(`^${name}`) })).toHaveAttribute("href", "/factures-recues?aTraiter=oui");

  // The numbers the list shows on its first page (the column after the checkbox and the supplier).
  const table = agent.getByRole("table", { name: "Liste des factures reçues" });
  const listed = (await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelectorAll("td")[2]?.textContent?.trim() ?? ""))).sort();
  expect(listed.length).toBe(Math.min(count, 20));

  // Exporter (CSV): every invoice of the search, French headers, amounts.
  const [exported] = await Promise.all([agent.waitForEvent("download"), agent.getByRole("link", { name: "Exporter (CSV)" }).click()]);
  expect(exported.suggestedFilename()).toMatch(/^factures-recues-\d{4}-\d{2}-\d{2}\.csv$/);
  const [headers, ...lines] = csvRows(await bytesOf(exported));
  expect(headers.slice(0, 4)).toEqual(["Fournisseur", "Identifiant du fournisseur", "Type", "Numéro de facture"]);
  expect(headers).toEqual(expect.arrayContaining(["Montant HT", "Montant TVA", "Montant TTC", "Net à payer", "Date de réception", "Motif"]));
  expect(lines).toHaveLength(count);
  const exportedNumbers = lines.map((line) => line[3]);
  for (const number of listed) expect(exportedNumbers).toContain(number);

  // Télécharger la sélection (ZIP): the page's invoices checked; the index lists them and names their files, all in the archive.
  await agent.getByRole("checkbox", { name: "Sélectionner toutes les factures de la page" }).check({ force: true });
  const [zipped] = await Promise.all([agent.waitForEvent("download"), agent.getByRole("link", { name: "Télécharger la sélection (ZIP)" }).click()]);
  expect(zipped.suggestedFilename()).toMatch(/^factures-recues-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(await bytesOf(zipped));
  const [indexHeaders, ...indexLines] = csvRows(files["index.csv"]);
  expect(indexLines.map((line) => line[3]).sort()).toEqual(listed);
  const fileColumn = indexHeaders.indexOf("Fichier de la facture");
  const invoiceFiles = indexLines.map((line) => line[fileColumn]).filter(Boolean);
  expect(invoiceFiles.length).toBeGreaterThan(0);
  for (const path of invoiceFiles) {
    expect(files[path], path).toBeDefined();
    expect(new TextDecoder().decode(files[path].subarray(0, 5))).toMatch(/^(%PDF-|<\?xml)/);
  }

  // Télécharger la recherche (ZIP): every invoice of the search, as the export lists them.
  const [searched] = await Promise.all([agent.waitForEvent("download"), agent.getByRole("link", { name: "Télécharger la recherche (ZIP)" }).click()]);
  const [, ...searchedLines] = csvRows(unzipSync(await bytesOf(searched))["index.csv"]);
  expect(searchedLines.map((line) => line[3])).toEqual(exportedNumbers);
});
