// A sollicitation about a rejected invoice, across two browsers: DEP COTES-D'ARMOR rejects the supplier's invoice;
// the supplier clicks « Poser une question » on it, finds the form pre-filled (the invoice, its recipient, the objet)
// and sends it; the department's agent finds it in Sollicitations reçues, takes it in charge and answers; the supplier
// reads the answer (Traitée) and is told by e-mail.
import { expect, test, type Page } from "@playwright/test";
import { AGENT_COTES_D_ARMOR, ISABELLE, openDialog, signedInPage } from "./helpers.ts";
import { expectInvoiceState, sendToCotesDArmor } from "./invoice-form.ts";
import { waitForEmail } from "./mail.ts";

const QUESTION = "Bonjour, pourquoi notre facture a-t-elle été rejetée ?";
const ANSWER = "Le montant ne correspond pas au bon de commande : merci de déposer une facture corrigée.";

async function reject(agent: Page, number: string) {
  await agent.goto(`/factures-recues?numero=${encodeURIComponent(number)}`);
  await agent.getByRole("link", { name: `Consulter la facture ${number}` }).click();
  const dialog = await openDialog(agent, agent.getByRole("button", { name: "Rejeter", exact: true }), "Rejeter");
  await dialog.getByLabel("Motif de rejet *").selectOption("Montant de la facture erroné");
  await dialog.getByRole("button", { name: "Rejeter", exact: true }).click();
  await expect(agent.getByText("La facture est maintenant « Rejetée ».")).toBeVisible();
}

test("a question about a rejected invoice, answered by the buyer in Sollicitations reçues", async ({ browser }) => {
  // Two browsers, an invoice sent, routed and rejected, then the sollicitation's round trip.
  test.setTimeout(180_000);
  const supplier = await signedInPage(browser, ISABELLE);
  const agent = await signedInPage(browser, AGENT_COTES_D_ARMOR);
  const number = `F-SOL-${Date.now() % 100_000_000}`;

  const invoiceUrl = await sendToCotesDArmor(supplier, number);
  await expectInvoiceState(supplier, "Mise à disposition du destinataire");
  await reject(agent, number);

  // « Poser une question » opens the form pre-filled with the invoice.
  await supplier.goto(invoiceUrl);
  await supplier.getByRole("link", { name: "Poser une question" }).click();
  await expect(supplier.getByRole("heading", { level: 1 })).toHaveText("Saisir sollicitation");
  await expect(supplier.getByText(`Sollicitation liée à la facture n° ${number}.`)).toBeVisible();
  await expect(supplier.getByLabel("Catégorie *", { exact: true })).toHaveValue("Suivi du traitement d'une facture");
  await expect(supplier.getByLabel("Sous-catégorie *")).toHaveValue("Facture rejetée");
  await expect(supplier.getByLabel("Objet *")).toHaveValue(`Facture n° ${number} : Rejetée`);
  await expect(supplier.getByRole("group", { name: "Destinataire" })).toContainText("DEP COTES-D'ARMOR");
  await supplier.getByLabel("Message *").fill(QUESTION);
  await supplier.getByRole("button", { name: "Envoyer" }).click();
  await expect(supplier.getByText("Votre sollicitation a été envoyée.")).toBeVisible();
  const heading = await supplier.getByRole("heading", { level: 1 }).textContent();
  const sollicitationNumber = /SOL\d+/.exec(heading ?? "")![0];
  const sollicitationUrl = supplier.url().replace(/\?.*$/, "");
  await expect(supplier.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("Déposée");

  // The buyer's agent: Sollicitations reçues, take it in charge, answer.
  await agent.getByRole("link", { name: "Sollicitations reçues" }).first().click();
  await agent.getByLabel("Numéro de sollicitation").fill(sollicitationNumber);
  await agent.getByRole("button", { name: "Rechercher" }).click();
  await agent.getByRole("link", { name: sollicitationNumber }).click();
  await expect(agent.getByText(QUESTION)).toBeVisible();
  await agent.getByRole("button", { name: "Prendre en charge" }).click();
  await expect(agent.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("En cours de traitement");
  await agent.getByLabel("Message *").fill(ANSWER);
  await agent.getByLabel("Répondre et marquer la sollicitation traitée").check();
  await agent.getByRole("button", { name: "Envoyer la réponse" }).click();
  await expect(agent.getByText("Votre réponse a été envoyée.")).toBeVisible();
  await expect(agent.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("Traitée");

  // The supplier reads the answer, and was told by e-mail.
  await supplier.goto(sollicitationUrl);
  await expect(supplier.locator("dt", { hasText: /^Etat$/ }).locator("+ dd")).toHaveText("Traitée");
  await expect(supplier.getByRole("region", { name: "Echanges" })).toContainText(ANSWER);
  const mail = await waitForEmail(ISABELLE, `Sollicitation n° ${sollicitationNumber} : réponse reçue`);
  expect(mail.text).toContain(sollicitationNumber);
});
