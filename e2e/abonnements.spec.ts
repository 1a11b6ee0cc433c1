// Mon compte > Abonnements: a user chooses to receive the statuses of invoices in one daily digest; the choice is
// kept (shown again after a reload and on Mon compte). An agent whose e-mails no other journey waits for.
import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "./helpers.ts";

const AGENT = "lecture@cotesdarmor.example";

const group = (page: Page, legend: RegExp) => page.getByRole("group", { name: legend });
const statuses = (page: Page) => group(page, /^Statuts des factures/);

test("a user chooses « Une synthèse quotidienne » for the statuses of invoices, and finds it kept", async ({ page }) => {
  await loginAs(page, AGENT);
  await page.goto("/mon-compte");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Abonnements" }) });
  await expect(section).toContainText("Immédiatement");
  await section.getByRole("link", { name: "Modifier mes abonnements" }).click();
  await expect(page).toHaveURL(/\/mon-compte\/abonnements$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mes abonnements" })).toBeVisible();

  // One radio group per topic, each with its three choices; nothing chosen yet means « Immédiatement ».
  for (const legend of [/^Statuts des factures/, /^Sollicitations/, /^Demandes de rattachement/]) {
    await expect(group(page, legend).getByRole("radio")).toHaveCount(3);
    await expect(group(page, legend).getByRole("radio", { name: "Immédiatement" })).toBeChecked();
  }
  await statuses(page).getByRole("radio", { name: "Une synthèse quotidienne" }).check({ force: true }); // the DSFR draws its label over the input
  await group(page, /^Demandes de rattachement/).getByRole("radio", { name: "Aucun courriel" }).check({ force: true });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Vos abonnements ont été enregistrés.")).toBeVisible();

  await page.reload();
  await expect(statuses(page).getByRole("radio", { name: "Une synthèse quotidienne" })).toBeChecked();
  await expect(group(page, /^Sollicitations/).getByRole("radio", { name: "Immédiatement" })).toBeChecked();
  await expect(group(page, /^Demandes de rattachement/).getByRole("radio", { name: "Aucun courriel" })).toBeChecked();
  await page.goto("/mon-compte");
  await expect(section).toContainText("Une synthèse quotidienne");
  await expect(section).toContainText("Aucun courriel");

  // Back as the demo had it, for a second run of the suite on the same database.
  await page.goto("/mon-compte/abonnements");
  await statuses(page).getByRole("radio", { name: "Immédiatement" }).check({ force: true });
  await group(page, /^Demandes de rattachement/).getByRole("radio", { name: "Immédiatement" }).check({ force: true });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Vos abonnements ont été enregistrés.")).toBeVisible();
});
