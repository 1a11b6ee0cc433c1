// The recipient's export and group download in the API, through the typed client: factures/exporter/recipiendaire
// answers the search's invoices as the page's CSV, factures/telecharger/groupe/recipiendaire a ZIP of the invoices given
// (or of a search) with index.csv; another structure's invoice refuses the whole archive (404), bad criteria are 422.
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { RECEIVED_CSV_HEADERS } from "@/features/invoices/received/index.ts";
import { db } from "@/server/db.ts";
import { createManagedStructure, createPublicStructure, openEspace } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import { apiClientFor } from "./support/api-client.ts";

const siret = () => Array.from({ length: 14 }, () => Math.floor(Math.random() * 10)).join("");
const unique = () => Math.random().toString(36).slice(2, 10).toUpperCase();

async function buyerWithInvoices() {
  const supplier = await createManagedStructure();
  const buyer = await createPublicStructure({ identifier: siret(), raisonSociale: `ACHETEUR EXPORT ${unique()}`, services: [{ code: "FINANCES", libelle: "Finances" }] });
  const service = await db.service.findFirstOrThrow({ where: { structureId: buyer.id } });
  await openEspace(buyer.id, "FACTURES_RECUES");
  const received = (status: "MISE_A_DISPOSITION" | "SERVICE_FAIT", day: string) =>
    insertInvoice(supplier, { number: `F-${unique()}`, status, sentAt: new Date(`${day}T10:00:00Z`), totalGross: "120.00", recipientStructureId: buyer.id, recipientServiceId: service.id });
  return { buyer, invoices: [await received("MISE_A_DISPOSITION", "2026-03-01"), await received("SERVICE_FAIT", "2026-03-02")] };
}

beforeAll(async () => {
  await import("@/app/api/v1/factures/exporter/recipiendaire/route.ts");
}, 60_000);

describe("factures/exporter/recipiendaire and factures/telecharger/groupe/recipiendaire", () => {
  it("exports the search as the page's CSV, and zips the invoices given with an index", async () => {
    const { buyer, invoices } = await buyerWithInvoices();
    const { api } = await apiClientFor(buyer.id, [{ espace: "FACTURES_RECUES", modification: false }]);

    const exported = await api.POST("/factures/exporter/recipiendaire", { body: { statut: "SERVICE_FAIT" }, parseAs: "text" });
    expect(exported.response.status).toBe(200);
    expect(exported.response.headers.get("content-type")).toContain("text/csv");
    const lines = (exported.data as unknown as string).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(RECEIVED_CSV_HEADERS.join(";"));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(invoices[1].sentNumber!);
    expect((await api.POST("/factures/exporter/recipiendaire", { body: { du: "2026-03-05", au: "2026-03-01" } })).response.status).toBe(422);

    const zipped = await api.POST("/factures/telecharger/groupe/recipiendaire", { body: { idFactures: invoices.map((invoice) => invoice.id) }, parseAs: "arrayBuffer" });
    expect(zipped.response.status).toBe(200);
    expect(zipped.response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(zipped.data as unknown as ArrayBuffer));
    const index = new TextDecoder().decode(files["index.csv"]);
    for (const invoice of invoices) expect(index).toContain(invoice.sentNumber!);

    const searched = await api.POST("/factures/telecharger/groupe/recipiendaire", { body: { statut: "MISE_A_DISPOSITION" }, parseAs: "arrayBuffer" });
    const searchedIndex = new TextDecoder().decode(unzipSync(new Uint8Array(searched.data as unknown as ArrayBuffer))["index.csv"]);
    expect(searchedIndex).toContain(invoices[0].sentNumber!);
    expect(searchedIndex).not.toContain(invoices[1].sentNumber!);
  });

  it("refuses the whole archive when one invoice is another structure's", async () => {
    const mine = await buyerWithInvoices();
    const theirs = await buyerWithInvoices();
    const { api } = await apiClientFor(mine.buyer.id, [{ espace: "FACTURES_RECUES", modification: true }]);
    const refused = await api.POST("/factures/telecharger/groupe/recipiendaire", { body: { idFactures: [mine.invoices[0].id, theirs.invoices[0].id] } });
    expect(refused.response.status).toBe(404);
    const exported = await api.POST("/factures/exporter/recipiendaire", { body: {}, parseAs: "text" });
    expect(exported.data as unknown as string).not.toContain(theirs.invoices[0].sentNumber!);
  });
});
