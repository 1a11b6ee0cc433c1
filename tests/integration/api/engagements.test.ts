// Engagements through the API's typed client: the buyer's application creates an engagement naming the supplier,
// finds it, closes it; the supplier's application sees it in engagements/rechercher/fournisseur; a consultation-only
// account may read but not write; another structure's engagement is not found; the form's rules hold (fin after début).
import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createInvoiceSupplier, createPublicStructure, openEspace } from "../factories.ts";
import { apiClientFor } from "./support/api-client.ts";

let buyerId: string;
let otherBuyerId: string;
let supplier: Awaited<ReturnType<typeof createInvoiceSupplier>>;

const publicStructure = async () => {
  const structure = await createPublicStructure({ identifier: String(randomInt(10 ** 13, 10 ** 14)), raisonSociale: `COMMUNE ${randomInt(1000, 9999)}` });
  await openEspace(structure.id, "ENGAGEMENTS");
  return structure.id;
};

beforeAll(async () => {
  await import("@/app/api/v1/engagements/creer/route.ts");
  buyerId = await publicStructure();
  otherBuyerId = await publicStructure();
  supplier = await createInvoiceSupplier();
}, 60_000);

const engagement = (overrides: Record<string, string> = {}) => ({
  idStructure: buyerId,
  numeroEngagement: `EJ${randomInt(10 ** 6, 10 ** 7)}`,
  identifiantFournisseur: supplier.structure.identifier,
  montant: "1500,50",
  dateDebut: "2026-01-01",
  ...overrides,
});

describe("engagements/creer, rechercher, cloturer", () => {
  it("creates an engagement the buyer finds and the supplier sees, then closes it", async () => {
    const { api: buyer } = await apiClientFor(buyerId, [{ espace: "ENGAGEMENTS", modification: true }]);
    const { api: supplierApi } = await apiClientFor(supplier.structure.id, [{ espace: "FACTURES_EMISES", modification: false }]);

    const created = await buyer.POST("/engagements/creer", { body: engagement() });
    expect(created.response.status).toBe(200);
    const id = created.data!.idEngagement;

    const listed = await buyer.POST("/engagements/rechercher/structure", { body: { idStructure: buyerId, statut: "OUVERT" } });
    expect(listed.data).toMatchObject({ total: 1, resultats: [{ idEngagement: id, montant: "1500.50", dateDebut: "2026-01-01", dateFin: null, statut: "OUVERT" }] });

    const seen = await supplierApi.POST("/engagements/rechercher/fournisseur", { body: {} });
    expect(seen.data!.resultats.map((row) => row.idEngagement)).toContain(id);

    expect((await buyer.POST("/engagements/cloturer", { body: { idEngagement: id } })).data).toEqual({ idEngagement: id, statut: "CLOTURE" });
    expect((await buyer.POST("/engagements/cloturer", { body: { idEngagement: id } })).response.status).toBe(409);
  });

  it("refuses a reader's write, a stranger's structure and an end before the start", async () => {
    const { api: reader } = await apiClientFor(buyerId, [{ espace: "ENGAGEMENTS", modification: false }]);
    expect((await reader.POST("/engagements/creer", { body: engagement() })).response.status).toBe(403);
    expect((await reader.POST("/engagements/rechercher/structure", { body: { idStructure: buyerId } })).response.status).toBe(200);

    const { api: stranger } = await apiClientFor(otherBuyerId, [{ espace: "ENGAGEMENTS", modification: true }]);
    expect((await stranger.POST("/engagements/rechercher/structure", { body: { idStructure: buyerId } })).response.status).toBe(404);
    expect((await stranger.POST("/engagements/creer", { body: engagement() })).response.status).toBe(404);

    const { api: buyer } = await apiClientFor(buyerId, [{ espace: "ENGAGEMENTS", modification: true }]);
    const backwards = await buyer.POST("/engagements/creer", { body: engagement({ dateFin: "2025-12-31" }) });
    expect(backwards.response.status).toBe(422);
    expect(JSON.stringify(backwards.error)).toContain("La date de fin ne peut précéder la date de début.");
  });
});
