// "Coordonnées bancaires": the gestionnaire of CHORUS DEUX adds a factor's account; the invoice form offers it in
// « Références bancaires » and its « Factor » block names it; the invoice sent pays to it (its page shows it as Factor);
// once deactivated, it is no longer offered (decision 0006).
import { expect, test } from "@playwright/test";
import { addPommes, chooseRecipient } from "./invoice-form.ts";
import { ISABELLE, loginAs } from "./helpers.ts";

const IBAN = "FR76 3000 4000 0312 3456 7890 143";
const OPTION = /FR76 3000 4000 0312 3456 7890 143 — BIC BNPAFRPPXXX — CHORUS DEUX AFFACTURAGE \(affactureur\)/;

test("a gestionnaire adds a factor's account, an invoice pays to it, and once deactivated it is no longer offered", async ({ page }) => {
  await loginAs(page, ISABELLE);
  await page.goto("/activites-gestionnaire/structures");
  await page.getByRole("link", { name: "Gérer la structure CHORUS DEUX" }).click();
  await expect(page).toHaveURL(/\/activites-gestionnaire\/structures\/[0-9a-f-]+$/);
  const structurePage = page.url();
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Coordonnées bancaires" }) });
  await section.getByRole("link", { name: "+ Ajouter des coordonnées bancaires" }).click();

  // A wrong key is refused next to the field.
  await page.getByLabel("IBAN").fill("FR76 3000 4000 0312 3456 7890 144");
  await page.getByLabel("Titulaire du compte").fill("CHORUS DEUX AFFACTURAGE");
  await page.getByRole("button", { name: "Enregistrer les coordonnées bancaires" }).click();
  await expect(page.getByText("L'IBAN saisi n'est pas valide : vérifiez sa clé.").first()).toBeVisible();

  await page.getByLabel("IBAN").fill(IBAN);
  await page.getByLabel(/^BIC/).fill("bnpafrppxxx");
  const factor = page.getByRole("checkbox", { name: /^Affactureur/ });
  await factor.check({ force: true }); // the DSFR draws its label over the input
  await expect(factor).toBeChecked();
  await page.getByRole("button", { name: "Enregistrer les coordonnées bancaires" }).click();
  await expect(page).toHaveURL(structurePage);
  const row = section.getByRole("row", { name: /CHORUS DEUX AFFACTURAGE/ });
  await expect(row).toContainText(IBAN);
  await expect(row).toContainText("BNPAFRPPXXX");
  await expect(row).toContainText("Actif");

  await page.goto("/factures-emises/saisir");
  const accounts = page.getByLabel("Références bancaires");
  await expect(accounts.locator("option", { hasText: OPTION })).toHaveCount(1);
  await accounts.selectOption({ label: (await accounts.locator("option", { hasText: OPTION }).textContent())! });
  // A factor's account: the « Factor » block names its holder, to whom the invoice is paid (the Factur-X's payee).
  await expect(page.getByText("Compte de l'affactureur choisi dans « Références bancaires » : la facture est payée à CHORUS DEUX AFFACTURAGE")).toBeVisible();
  await chooseRecipient(page, { siret: "24290031400012", name: "BREST METROPOLE BUDGET PRINCIPAL" });
  await addPommes(page);
  await page.getByLabel(/^Numéro d'engagement/).fill("BM124");
  await page.getByLabel("Numéro de facture *").fill(`F-RIB-${Date.now() % 100_000_000}`);
  await page.getByRole("button", { name: "Valider et envoyer" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/[0-9a-f-]+$/);
  await expect(page.getByText(`${IBAN} (BIC BNPAFRPPXXX)`)).toBeVisible();
  await expect(page.locator("dt", { hasText: /^Factor :/ }).locator("+ dd")).toHaveText("CHORUS DEUX AFFACTURAGE");

  await page.goto(structurePage);
  await row.getByRole("button", { name: `Désactiver le compte ${IBAN}` }).click();
  await expect(section.getByText("Le compte bancaire a été désactivé : il ne peut plus être choisi sur une facture.")).toBeVisible();
  await page.goto("/factures-emises/saisir");
  await expect(page.getByLabel("Références bancaires").locator("option", { hasText: OPTION })).toHaveCount(0);
});
