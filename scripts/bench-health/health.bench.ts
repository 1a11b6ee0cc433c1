// The journey of npm run bench:health, in a real browser against the production server: LE FOURNISSEUR deposits a
// big batch (a ZIP of generated invoices, processed by the server's job worker) and a PDF bomb, while this process
// asks GET /api/health every 25 ms. The durations go to BENCH_HEALTH_OUT for scripts/bench-health.ts to print.
import { writeFileSync } from "node:fs";
import { zipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { LE_FOURNISSEUR_ACCOUNT, loginAs, MARC } from "../../e2e/helpers.ts";
import { pageContentBomb, embeddedFileBomb } from "../../tests/unit/support/pdf-bombs.ts";
import { sampleInvoiceXml } from "../lib/sample-einvoices.ts";

const INVOICES = Number(process.env.BENCH_HEALTH_INVOICES ?? 3000);

type Sample = { phase: string; ms: number; status: number };

test("GET /api/health while a big batch and a PDF bomb are deposited", async ({ page, baseURL }) => {
  const samples: Sample[] = [];
  let phase = "repos";
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const started = performance.now();
      const response = await fetch(`${baseURL}/api/health`).catch(() => null);
      await response?.arrayBuffer().catch(() => undefined);
      samples.push({ phase, ms: performance.now() - started, status: response?.status ?? 0 });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();

  await loginAs(page, MARC);
  await page.waitForTimeout(3000); // a baseline, nothing deposited

  phase = "lot";
  const seller = { name: "LE FOURNISSEUR", identifier: "12345678900014", vatId: "FR32123456789", siret: "12345678900014", account: LE_FOURNISSEUR_ACCOUNT };
  const buyer = { name: "LE CLIENT", siret: "98765432100029", serviceCode: "SERVEXEC" };
  const run = Date.now() % 1_000_000;
  const files: Record<string, Uint8Array> = {};
  for (let i = 1; i <= INVOICES; i++) files[`lot/facture-${i}.xml`] = new TextEncoder().encode(sampleInvoiceXml(i, { seller, buyer }, { number: `BENCH-${run}-${i}` }));
  await page.goto("/factures-emises/depot/lot");
  await page.getByLabel("Choix des fichiers").setInputFiles({ name: "lot.zip", mimeType: "application/zip", buffer: Buffer.from(zipSync(files)) });
  await page.getByLabel("Cadre de facturation").selectOption("A1");
  await page.getByRole("button", { name: "Déposer le lot" }).click();
  await expect(page).toHaveURL(/\/factures-emises\/depot\/flux\/[0-9a-f-]+/, { timeout: 120_000 });
  // Counts are written the French way ("2 000"): the bar says the flux is done when both sides are equal.
  await expect(page.getByRole("progressbar", { name: /^([\d\s\u202f\u00a0]+) \/ \1 factures traitées$/ })).toBeVisible({ timeout: 10 * 60_000 });

  phase = "bombe-pdf";
  for (const [name, bomb] of [
    ["bombe-contenu.pdf", pageContentBomb(2048)],
    ["bombe-piece-jointe.pdf", embeddedFileBomb(3 * 1024)],
  ] as const) {
    await page.goto("/factures-emises/depot");
    await page.getByLabel("Choix du fichier").setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(bomb) });
    await page.getByLabel("Format de dépôt").selectOption({ label: "XML mixte" });
    await page.getByLabel("Cadre de facturation").selectOption("A1");
    await page.getByRole("button", { name: "Déposer" }).click();
    await expect(page.locator("#depot-fichier-erreurs")).toContainText("Le fichier PDF est refusé", { timeout: 60_000 });
  }

  phase = "apres";
  await page.waitForTimeout(1000);
  polling = false;
  await poll;
  expect(samples.filter((sample) => sample.status !== 200)).toEqual([]);
  writeFileSync(process.env.BENCH_HEALTH_OUT ?? "bench-health.json", JSON.stringify({ invoices: INVOICES, samples }));
});
