// The A9 circuit (seed 002's "Factures à valider"): a sous-traitant (CHORUS DEUX) names the titulaire of its contract
// (LE FOURNISSEUR) on its invoice; the invoice waits « À valider » until the titulaire validates it, then the platform
// routes it to its recipient (Brest Métropole).
import { expect, test } from "@playwright/test";
import { ISABELLE, MARC, openDialog, signedInPage } from "./helpers.ts";
import { addPommes, chooseRecipient, expectInvoiceState } from "./invoice-form.ts";
import { waitForEmail } from "./mail.ts";

test("A9: the titulaire validates its sous-traitant's invoice, which then reaches its recipient", async ({ browser }) => {
  const supplier = await signedInPage(browser, ISABELLE);
  const number = `F-ST-${Date.now() % 100_000_000}`;

  await supplier.goto("/factures-emises/saisir");
  await chooseRecipient(supplier, { siret: "24290031400012", name: "BREST METROPOLE BUDGET PRINCIPAL" });
  await supplier.getByLabel("Cadre de facturation *").selectOption({ label: "A9 - Dépôt d'une facture par un sous-traitant" });
  await supplier.getByLabel("Siret / identifiant ou raison sociale").fill("12345678900014");
  await supplier.getByRole("search", { name: "Titulaire / mandataire du marché *" }).getByRole("button", { name: "Rechercher" }).click();
  await supplier.getByRole("button", { name: "Choisir LE FOURNISSEUR (12345678900014)" }).click();
  await expect(supplier.getByText(/^LE FOURNISSEUR — 12345678900014/)).toBeVisible();
  await supplier.getByLabel(/^Numéro d'engagement/).fill("BM124");
  await addPommes(supplier);
  await supplier.getByLabel("Numéro de facture *").fill(number);
  await supplier.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(supplier).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
  const invoiceUrl = supplier.url();
  await expect(supplier.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("À valider");

  // The titulaire is told, finds it in « Factures à valider » and validates it.
  await waitForEmail(MARC, `n° ${number} à valider`);
  const holder = await signedInPage(browser, MARC);
  await holder.goto("/factures-a-valider");
  await holder.getByRole("link", { name: `${number} : consulter la facture` }).click();
  const dialog = await openDialog(holder, holder.getByRole("button", { name: "Valider", exact: true }), "Valider la facture");
  await dialog.getByRole("button", { name: "Valider", exact: true }).click();
  await expect(holder.getByText("La facture est validée : elle est transmise à son destinataire.")).toBeVisible();

  // Validated, then routed by the platform: the supplier follows it to its recipient.
  await supplier.goto(invoiceUrl);
  await expectInvoiceState(supplier, "Mise à disposition du destinataire");
  await expect(supplier.getByRole("region", { name: "Historique" })).toContainText("Validée");
});
