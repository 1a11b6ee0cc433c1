// Seed 004's story across two browsers: the supplier sends invoices to DEP COTES-D'ARMOR (service COLLEGE,
// engagement 91821); the platform routes them; the department's staff rejects the first with a motif of the list
// and takes the second to payment; the supplier follows both on its dashboard, its invoice page and by e-mail, and
// handles the rejection (« Traiter le rejet »).
import { expect, test, type Page } from "@playwright/test";
import { AGENT_COTES_D_ARMOR, ISABELLE, openDialog, signedInPage } from "./helpers.ts";
import { expectInvoiceState, sendToCotesDArmor } from "./invoice-form.ts";
import { waitForEmail } from "./mail.ts";

const MOTIF = "Montant de la facture erroné";

/** On the recipient's invoice page: the action's button, then its dialog (motif from the list when asked). */
async function act(page: Page, action: string, motif?: string) {
  const dialog = await openDialog(page, page.getByRole("button", { name: action, exact: true }), action);
  if (motif) await dialog.getByLabel("Motif de rejet *").selectOption(motif);
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByRole("dialog", { name: action })).toBeHidden();
}

async function openReceived(page: Page, number: string) {
  await page.goto(`/factures-recues?numero=${encodeURIComponent(number)}`);
  await page.getByRole("link", { name: `Consulter la facture ${number}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
}

test("seed 004: rejected by DEP COTES-D'ARMOR with a motif the supplier sees; a second invoice paid", async ({ browser }) => {
  const supplier = await signedInPage(browser, ISABELLE);
  const agent = await signedInPage(browser, AGENT_COTES_D_ARMOR);
  const suffix = Date.now() % 100_000_000;
  const rejected = `F-CA-R-${suffix}`;
  const paid = `F-CA-P-${suffix}`;

  const rejectedUrl = await sendToCotesDArmor(supplier, rejected);
  await expectInvoiceState(supplier, "Mise à disposition du destinataire");

  await openReceived(agent, rejected);
  await act(agent, "Rejeter", MOTIF);
  await expect(agent.getByText("La facture est maintenant « Rejetée ».")).toBeVisible();

  // The supplier's dashboard counts it Rejetée; the tile opens the list; the invoice page shows the motif.
  await supplier.goto("/factures-emises/tableau-de-bord");
  const tile = supplier.getByTestId("tuile-rejetee");
  await expect(tile.locator(".fr-tile__detail")).toHaveText(/^[1-9]/);
  await tile.getByRole("link", { name: "Rejetée" }).click();
  const row = supplier.getByRole("row").filter({ has: supplier.getByRole("cell", { name: rejected, exact: true }) });
  await expect(row).toContainText(new RegExp(`Rejetée\\s*Motif : ${MOTIF}`));
  await supplier.goto(rejectedUrl);
  await expect(supplier.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("Rejetée");
  await expect(supplier.getByRole("region", { name: "Historique" })).toContainText(MOTIF);

  const mail = await waitForEmail(ISABELLE, `n° ${rejected} : Rejetée`);
  expect(mail.text).toContain(MOTIF);

  // « Traiter le rejet »: acknowledged, the invoice leaves what asks for action (the Rejetée tile's list) and stays in
  // Rechercher, saying who handled it and when.
  await supplier.goto(rejectedUrl);
  await supplier.getByRole("button", { name: "Traiter le rejet" }).click();
  await expect(supplier.getByText("Le rejet de la facture est traité")).toBeVisible();
  await expect(supplier.getByText(/^Rejet traité le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} par /)).toBeVisible();
  await expect(supplier.getByRole("button", { name: "Traiter le rejet" })).toHaveCount(0);
  await supplier.goto("/factures-emises/rechercher?statut=REJETEE&rejet=a-traiter");
  await expect(supplier.getByRole("cell", { name: rejected, exact: true })).toHaveCount(0);
  await supplier.goto(`/factures-emises/rechercher?numero=${rejected}`);
  await expect(row).toContainText(/Rejetée[\s\S]*Rejet traité le/);

  // The second invoice, to payment.
  const paidUrl = await sendToCotesDArmor(supplier, paid);
  await expectInvoiceState(supplier, "Mise à disposition du destinataire");
  await openReceived(agent, paid);
  for (const [action, state] of [
    ["Service fait", "Service fait"],
    ["Mandatée", "Mandatée"],
    ["Comptabilisée", "Comptabilisée"],
    ["Mise en paiement", "Mise en paiement"],
  ]) {
    await act(agent, action);
    await expect(agent.getByText(`La facture est maintenant « ${state} ».`)).toBeVisible();
  }
  await expect(agent.getByText("Aucune action n'est possible sur une facture dans cet état.")).toBeVisible();

  await supplier.goto(paidUrl);
  await expect(supplier.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("Mise en paiement");
  await waitForEmail(ISABELLE, `n° ${paid} : Mise en paiement`);
});
