// Engagements juridiques across two browsers: the agent of CENTRE DEPARTEMENTAL DE L'ENFANCE requires an existing
// engagement and creates one for LE FOURNISSEUR; the supplier sees it in Factures émises › Engagements, finds it
// suggested under « Numéro d'engagement », and its invoice quoting it is made available, while one quoting an unknown
// engagement is accepted but comes back À recycler at once with the reason (said on the page it lands on). The agent
// then finds the invoice in Factures reçues, exports the search as CSV and downloads the page's selection and the
// whole search as ZIPs whose index.csv matches the list and the export, the invoice's file beside it.
import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { bytesOf, csvRows } from "./downloads.ts";
import { MARC, openDialog, signedInPage } from "./helpers.ts";
import { addPommes, expectInvoiceState } from "./invoice-form.ts";

const AGENT_CDE = "factures@cde22.example";
const CDE = { siret: "22220001600434", name: "CENTRE DEPARTEMENTAL DE L'ENFANCE" };
const LE_FOURNISSEUR_SIRET = "12345678900014";


/** Saisir facture → Valider et envoyer of the Pommes invoice to the CDE quoting `engagement`; returns its page's address. */
async function sendToCde(page: Page, number: string, engagement: string, expectSuggested: boolean) {
  await page.goto("/factures-emises/saisir");
  const dialog = await openDialog(page, page.getByRole("button", { name: "Rechercher" }).first(), "Recherche de destinataire");
  await dialog.getByLabel("Siret / Identifiant").fill(CDE.siret);
  await dialog.getByRole("button", { name: "Rechercher" }).click();
  await dialog.getByRole("button", { name: `Sélectionner ${CDE.name} (${CDE.siret})` }).click();
  const suggestion = page.locator(`#engagements-suggeres option[value="${engagement}"]`);
  if (expectSuggested) await expect(suggestion).toHaveCount(1);
  else await expect(suggestion).toHaveCount(0);
  await page.getByLabel(/^Numéro d'engagement/).fill(engagement);
  await addPommes(page);
  await page.getByLabel("Numéro de facture *").fill(number);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  // An engagement the CDE refuses: accepted, and the page says at once that it went back À recycler.
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+(\?depot=a-recycler)?$/);
  return page.url();
}

test("an agent creates an engagement; an invoice quoting it goes through, one quoting an unknown engagement comes back À recycler", async ({ browser }) => {
  // Two browsers, two invoices each routed by the job queue: longer than the default minute on a loaded machine.
  test.setTimeout(240_000);
  const agent = await signedInPage(browser, AGENT_CDE);
  const supplier = await signedInPage(browser, MARC);
  const suffix = Date.now() % 100_000;
  const engagement = String(100_000 + suffix).padStart(6, "0");
  const unknown = "99999";

  // The agent: Engagements › Exiger un engagement existant, then Créer un engagement.
  await agent.goto("/engagements");
  await expect(agent.getByRole("heading", { level: 1, name: "Engagements" })).toBeVisible();
  const requirement = agent.getByRole("checkbox", { name: /Exiger un engagement existant/ });
  if (!(await requirement.isChecked())) {
    await agent.locator(`label[for="${await requirement.getAttribute("id")}"]`).click();
    await expect(requirement).toBeChecked();
    await agent.getByRole("button", { name: "Enregistrer l'exigence" }).click();
    await expect(agent.getByText("Les factures devront citer un engagement ouvert du fournisseur.")).toBeVisible();
    await agent.reload();
    await expect(requirement).toBeChecked();
  }
  const form = agent.getByRole("form", { name: "Créer un engagement" });
  await form.getByLabel("Numéro d'engagement *").fill("EJ-1");
  await form.getByLabel("SIRET fournisseur *").fill(LE_FOURNISSEUR_SIRET);
  await form.getByLabel("Montant (€) *").fill("1500,00");
  await form.getByLabel("Date de début *").fill("2026-01-01");
  await form.getByRole("button", { name: "Créer l'engagement" }).click();
  await expect(form.getByText("Le numéro d'engagement doit comporter 5 ou 6 chiffres.").first()).toBeVisible();
  await form.getByLabel("Numéro d'engagement *").fill(engagement);
  await form.getByRole("button", { name: "Créer l'engagement" }).click();
  await expect(agent.getByText(`L'engagement ${engagement} a été créé.`)).toBeVisible();
  const row = agent.getByRole("row").filter({ has: agent.getByRole("cell", { name: engagement, exact: true }) });
  await expect(row).toContainText(LE_FOURNISSEUR_SIRET);
  await expect(row).toContainText("Ouvert");

  // The supplier sees it in Factures émises › Engagements.
  await supplier.goto("/factures-emises");
  await supplier.getByRole("navigation", { name: "Factures émises" }).getByRole("link", { name: "Engagements" }).click();
  await expect(supplier.getByRole("row").filter({ has: supplier.getByRole("cell", { name: engagement, exact: true }) })).toContainText(CDE.name);

  // Quoting it: suggested under the field, and made available.
  await sendToCde(supplier, `F-EJ-OK-${suffix}`, engagement, true);
  await expectInvoiceState(supplier, "Mise à disposition du destinataire");

  // Quoting an unknown one: À recycler, with the reason.
  const recycled = await sendToCde(supplier, `F-EJ-KO-${suffix}`, unknown, false);
  expect(recycled).toMatch(/\?depot=a-recycler$/);
  await expect(supplier.getByText(/La facture a été acceptée mais renvoyée à recycler dès son dépôt\./)).toBeVisible();
  await expectInvoiceState(supplier, "À recycler");
  await expect(supplier.getByText(`L'engagement ${unknown} n'est pas un engagement connu du destinataire pour ce fournisseur.`).first()).toBeVisible();

  // The agent searches Factures reçues for the invoice that went through (the recycled one never reached it).
  const number = `F-EJ-OK-${suffix}`;
  await agent.goto(`/factures-recues?numero=${number}`);
  const table = agent.getByRole("table", { name: "Liste des factures reçues" });
  const listed = await table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelectorAll("td")[2]?.textContent?.trim() ?? ""));
  expect(listed).toEqual([number]);
  await expect(agent.getByText(`F-EJ-KO-${suffix}`)).toHaveCount(0);

  // Exporter (CSV): the search's invoices, with the columns of the list and the amounts.
  const [exported] = await Promise.all([agent.waitForEvent("download"), agent.getByRole("link", { name: "Exporter (CSV)" }).click()]);
  const [headers, ...lines] = csvRows(await bytesOf(exported));
  expect(headers.slice(0, 4)).toEqual(["Fournisseur", "Identifiant du fournisseur", "Type", "Numéro de facture"]);
  expect(lines.map((line) => [line[1], line[3]])).toEqual([[LE_FOURNISSEUR_SIRET, number]]);
  expect(lines[0][headers.indexOf("Montant TTC")]).toMatch(/^\d+,\d{2}$/);

  // Télécharger la sélection (ZIP): the page's invoices; index.csv lists what the list shows, the invoice's file is in the archive.
  await agent.getByRole("checkbox", { name: "Sélectionner toutes les factures de la page" }).check({ force: true });
  const [zipped] = await Promise.all([agent.waitForEvent("download"), agent.getByRole("link", { name: "Télécharger la sélection (ZIP)" }).click()]);
  const files = unzipSync(await bytesOf(zipped));
  const [indexHeaders, ...indexLines] = csvRows(files["index.csv"]);
  expect(indexLines.map((line) => line[3])).toEqual(listed);
  const invoiceFile = indexLines[0][indexHeaders.indexOf("Fichier de la facture")];
  expect(files[invoiceFile], invoiceFile).toBeDefined();
  expect(new TextDecoder().decode(files[invoiceFile].subarray(0, 5))).toBe("%PDF-");

  // Télécharger la recherche (ZIP): its index is the export, line for line.
  const [searched] = await Promise.all([agent.waitForEvent("download"), agent.getByRole("link", { name: "Télécharger la recherche (ZIP)" }).click()]);
  const [, ...searchedLines] = csvRows(unzipSync(await bytesOf(searched))["index.csv"]);
  expect(searchedLines.map((line) => line.slice(0, headers.length))).toEqual(lines);
});
