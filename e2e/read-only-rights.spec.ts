// Read-only rights that hold: Morgane Guillou, an agent of DEP COTES-D'ARMOR to whom its gestionnaire gave
// « Factures reçues » in consultation only (demo seed), sees the invoices the department received and opens one, but is
// offered nothing that changes them: no selection checkbox, no « Actions sur la sélection », no action on the invoice's
// page — only the sentence that says why. (The use cases refuse the change anyway: tests/integration/espace-rights.test.ts.)
import { expect, test } from "@playwright/test";
import { ISABELLE, signedInPage, tabNames } from "./helpers.ts";
import { expectInvoiceState, sendToCotesDArmor } from "./invoice-form.ts";

const READER = "lecture@cotesdarmor.example";
const ACTIONS = ["Suspendre", "Rejeter", "À recycler", "Service fait", "Mandatée", "Mise à disposition comptable", "Comptabilisée", "Mise en paiement"];

test("a consultation-only agent sees the received invoices and an invoice's page, but no action", async ({ browser }) => {
  const supplier = await signedInPage(browser, ISABELLE);
  const number = `F-LECTURE-${Date.now() % 100_000_000}`;
  await sendToCotesDArmor(supplier, number);
  await expectInvoiceState(supplier, "Mise à disposition du destinataire");

  const reader = await signedInPage(browser, READER);
  await reader.goto(`/factures-recues?numero=${encodeURIComponent(number)}`);
  await expect(reader.getByRole("heading", { level: 1, name: "Factures reçues" })).toBeVisible();
  const table = reader.getByRole("table", { name: "Liste des factures reçues" });
  await expect(table.getByRole("cell", { name: number, exact: true })).toBeVisible();
  await expect(table.getByRole("checkbox")).toHaveCount(0);
  await expect(reader.getByRole("heading", { name: "Actions sur la sélection" })).toHaveCount(0);
  for (const action of ACTIONS) await expect(reader.getByRole("button", { name: action, exact: true })).toHaveCount(0);

  await table.getByRole("link", { name: `Consulter la facture ${number}` }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(reader.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("Mise à disposition du destinataire");
  await expect(reader.getByText("Votre droit sur l'espace Factures reçues est la consultation : vous ne pouvez pas modifier cette facture.")).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Traitement de la facture" })).toHaveCount(0);
  for (const action of ACTIONS) await expect(reader.getByRole("button", { name: action, exact: true })).toHaveCount(0);

  // Only what was given: Factures reçues, not Factures émises nor Activités du gestionnaire.
  const tabs = await tabNames(reader);
  expect(tabs).toContain("Factures reçues");
  expect(tabs).not.toContain("Factures émises");
  expect(tabs).not.toContain("Activités du gestionnaire");
});
