// Factures de travaux (issue 14), the CCAG Travaux circuit of the demo marché MT-2026-014 across three browsers: the
// works supplier (BTP DE L'OUEST) submits its monthly draft statement (A4) naming the maîtrise d'œuvre (ATELIER
// D'ARCHITECTURE DU PORT) and the maître d'ouvrage (LE CLIENT); the MOE corrects the works done to date with a comment
// and passes it on as the état d'acompte; the platform routes it to the MOA, which takes it through service fait to
// mise en paiement; the supplier sees the amount the MOE admitted, its comment and each step.
import { expect, test, type Page } from "@playwright/test";
import { openDialog, signedInPage } from "./helpers.ts";
import { waitForEmail } from "./mail.ts";

const SUPPLIER = "paul.mace@btp-ouest.example";
const MOE = "lea.moreau@atelier-port.example";
const MOA = "factures@le-client.example";
const MOE_SIRET = "51234567800019";
const MOA_SIRET = "98765432100029";
const MARKET = "MT-2026-014";
const MOE_COMMENT = "Lot 3 (menuiseries) non achevé au 30 du mois : 2 000,00 € non admis.";

/** The value of a « Montants » row, in the column of the supplier (1) or of the MOE (2). */
const amountCell = (page: Page, row: string, column: 1 | 2) => page.getByRole("table", { name: "Montants du document" }).getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell").nth(column - 1);

const statusOf = (page: Page) => page.locator("dt", { hasText: /^Statut$/ }).locator("+ dd");

/** On the MOA's page: the action's button, then its dialog's confirm; the outcome announced. */
async function moaActs(page: Page, action: string) {
  const dialog = await openDialog(page, page.getByRole("button", { name: action, exact: true }), action);
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByRole("dialog", { name: action })).toBeHidden();
  await expect(page.getByText(`La facture est maintenant « ${action} ».`)).toBeVisible();
}

/** « Saisir un document »: a projet de décompte mensuel (A4) of the demo marché, the MOE and the MOA found by SIRET. */
async function submitStatement(supplier: Page, number: string, worksToDate: string) {
  await supplier.getByRole("link", { name: "Factures de travaux", exact: true }).click();
  await supplier.getByRole("link", { name: "Saisir un document" }).click();
  await supplier.getByLabel("Cadre de facturation *").selectOption("A4");
  await supplier.getByLabel("SIRET de la maîtrise d'œuvre *").fill(MOE_SIRET);
  await supplier.getByRole("button", { name: "Rechercher le SIRET de la maîtrise d'œuvre" }).click();
  await expect(supplier.getByText(`ATELIER D'ARCHITECTURE DU PORT — ${MOE_SIRET}`)).toBeVisible();
  await supplier.getByLabel("SIRET du maître d'ouvrage *").fill(MOA_SIRET);
  await supplier.getByRole("button", { name: "Rechercher le SIRET du maître d'ouvrage" }).click();
  await expect(supplier.getByText(`LE CLIENT — ${MOA_SIRET}`)).toBeVisible();
  await supplier.getByLabel("Service du maître d'ouvrage").selectOption({ label: "Service exécutant (SERVEXEC)" });
  await supplier.getByLabel("Numéro de marché *").fill(MARKET);
  await supplier.getByLabel("Numéro du document *").fill(number);
  await supplier.getByLabel("Montant cumulé des travaux exécutés à date *").fill(worksToDate);
  await supplier.getByLabel("Retenue de garantie").fill("600,00");
  await supplier.getByRole("button", { name: "Soumettre le document" }).click();
  await expect(supplier).toHaveURL(/\/factures-travaux\/[0-9a-f-]+$/);
  return supplier.url();
}

/** On a works document's page: the action's button, then its dialog with a motif or a comment. */
async function worksActs(page: Page, action: string, fields: { motif?: string; comment?: string }) {
  const dialog = await openDialog(page, page.getByRole("button", { name: action, exact: true }), `${action} le document`);
  if (fields.motif) await dialog.getByLabel(/^(Motif du refus|Complément demandé) \*$/).fill(fields.motif);
  if (fields.comment) await dialog.getByLabel("Commentaire").fill(fields.comment);
  await dialog.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByRole("dialog", { name: `${action} le document` })).toBeHidden();
}

test("works: a monthly draft statement corrected by the MOE, paid by the MOA, followed by the supplier", async ({ browser }) => {
  // Three accounts log in, and the routing to the MOA runs between two steps.
  test.setTimeout(240_000);
  const number = `PDM-${Date.now() % 100_000_000}`;

  // The supplier enters its projet de décompte mensuel: n° 2 of the marché, the platform carries n° 1's 40 000,00 €.
  const supplier = await signedInPage(browser, SUPPLIER);
  const documentUrl = await submitStatement(supplier, number, "52000,00");
  await expect(supplier.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(statusOf(supplier)).toHaveText("Mise à disposition de la MOE");
  await expect(amountCell(supplier, "Cumul des décomptes précédents", 1)).toHaveText(/^40\s000,00 €$/);
  await expect(amountCell(supplier, "Travaux de la période", 1)).toHaveText(/^12\s000,00 €$/);

  // The MOE finds it among what awaits it (its deadline shown), corrects the works done to date and passes it on.
  const moe = await signedInPage(browser, MOE);
  await moe.getByRole("link", { name: "Factures de travaux reçues", exact: true }).click();
  const row = moe.getByRole("row").filter({ has: moe.getByRole("link", { name: `${number} : consulter le document` }) });
  await expect(row).toContainText("Mise à disposition de la MOE");
  await expect(row.getByRole("cell").last()).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  await row.getByRole("link", { name: `${number} : consulter le document` }).click();
  const button = moe.getByRole("button", { name: "Valider et transmettre à la MOA", exact: true });
  const dialog = await openDialog(moe, button, "Valider et transmettre à la MOA");
  await expect(dialog.getByLabel("Montant cumulé des travaux exécutés à date admis (HT) *")).toHaveValue(/^52000(\.00)?$/);
  await dialog.getByLabel("Montant cumulé des travaux exécutés à date admis (HT) *").fill("50000,00");
  await dialog.getByLabel("Commentaire de la maîtrise d'œuvre").fill(MOE_COMMENT);
  await dialog.getByRole("button", { name: "Valider et transmettre", exact: true }).click();
  await expect(moe.getByText(/Le document est maintenant « Transmise à la MOA »/)).toBeVisible();

  // The platform routes the état d'acompte to the MOA, which processes it as a received invoice, up to payment.
  await waitForEmail(SUPPLIER, number);
  const moa = await signedInPage(browser, MOA);
  const moaUrl = documentUrl.replace("/factures-travaux/", "/factures-travaux-recues/");
  await expect
    .poll(
      async () => {
        await moa.goto(moaUrl);
        return moa.getByRole("button", { name: "Service fait", exact: true }).count();
      },
      { timeout: 60_000, message: "l'état d'acompte est mis à disposition du maître d'ouvrage" },
    )
    .toBe(1);
  await expect(amountCell(moa, "Montant cumulé des travaux exécutés à date", 2)).toContainText(/^50\s000,00 €/);
  for (const action of ["Service fait", "Mandatée", "Comptabilisée", "Mise en paiement"]) await moaActs(moa, action);

  // The supplier sees the admitted amount next to its own, the MOE's comment, and every step.
  await supplier.goto(documentUrl);
  await expect(statusOf(supplier)).toHaveText("Mise en paiement");
  await expect(amountCell(supplier, "Montant cumulé des travaux exécutés à date", 1)).toHaveText(/^52\s000,00 €$/);
  await expect(amountCell(supplier, "Montant cumulé des travaux exécutés à date", 2)).toContainText(/^50\s000,00 €\s*Corrigé/);
  await expect(amountCell(supplier, "Travaux de la période", 2)).toContainText(/^10\s000,00 €/);
  await expect(supplier.getByText(MOE_COMMENT).first()).toBeVisible();
  const history = supplier.getByRole("region", { name: "Historique" });
  for (const step of ["Mise à disposition de la MOE", "Transmise à la MOA", "Mise à disposition du destinataire", "Service fait", "Mandatée", "Comptabilisée", "Mise en paiement"]) {
    await expect(history).toContainText(step);
  }
});

test("works: the MOE asks the supplier to complete a statement, then refuses it with a motif the supplier sees", async ({ browser }) => {
  test.setTimeout(240_000);
  const number = `PDM-C-${Date.now() % 100_000_000}`;
  const supplier = await signedInPage(browser, SUPPLIER);
  const documentUrl = await submitStatement(supplier, number, "60000,00");
  const moe = await signedInPage(browser, MOE);
  const moeUrl = documentUrl.replace("/factures-travaux/", "/factures-travaux-recues/");

  await moe.goto(moeUrl);
  await worksActs(moe, "Demander de compléter", { motif: "Joindre l'attachement du lot 2." });
  await expect(moe.getByText("Le document est maintenant « À compléter »")).toBeVisible();

  await supplier.goto(documentUrl);
  await expect(statusOf(supplier)).toHaveText("À compléter");
  await expect(supplier.getByRole("region", { name: "Historique" })).toContainText("Joindre l'attachement du lot 2.");
  await worksActs(supplier, "Compléter", { comment: "Attachement du lot 2 envoyé à la maîtrise d'œuvre." });
  await expect(statusOf(supplier)).toHaveText("Mise à disposition de la MOE");

  await moe.goto(moeUrl);
  await worksActs(moe, "Refuser", { motif: "Travaux hors marché." });
  await expect(moe.getByText("Le document est maintenant « Refusée par la MOE »")).toBeVisible();

  await supplier.goto(documentUrl);
  await expect(statusOf(supplier)).toHaveText("Refusée par la MOE");
  await expect(supplier.getByRole("region", { name: "Historique" })).toContainText("Travaux hors marché.");
});
