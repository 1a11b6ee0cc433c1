// Factures émises, the supplier's follow-up: Synthèse, Tableau de bord, Rechercher and its CSV, on invoices written
// straight in the database (the statuses the lifecycle would have given them); and the isolation of structures.
import { beforeAll, describe, expect, it } from "vitest";
import { DASHBOARD_TILES, getSupplierDashboard, getSupplierSummary, invoicesCsv, searchSupplierInvoices, streamSupplierInvoices } from "@/features/invoices/tracking/index.ts";
import type { CadreFacturation, InvoiceStatus } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { createInvoiceRecipients, createInvoiceSupplier, createManagedStructure } from "../../factories.ts";
import { insertInvoice } from "../../support/insert-invoice.ts";

type Supplier = Awaited<ReturnType<typeof createInvoiceSupplier>>;

let a: Supplier;
let b: Supplier;
let recipients: Awaited<ReturnType<typeof createInvoiceRecipients>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  a = await createInvoiceSupplier();
  b = await createInvoiceSupplier();
  recipients = await createInvoiceRecipients();
  const { brest, cotesDArmor } = recipients;
  const holder = await createManagedStructure();
  const add = async (key: string, fields: Parameters<typeof insertInvoice>[1]) => {
    ids[key] = (await insertInvoice(a, { recipientStructureId: brest.id, ...fields })).id;
  };
  // Deposited on Paris days around a clock change (29 March 2026), one draft, several statuses and amounts.
  await add("f1", { number: "FA-2026-001", status: "MISE_A_DISPOSITION", sentAt: new Date("2026-03-01T23:30:00Z"), totalGross: "120.00" });
  await add("f2", { number: "FA-2026-002", status: "MISE_A_DISPOSITION", sentAt: new Date("2026-03-03T10:00:00Z"), totalGross: "80.50", recipientStructureId: cotesDArmor.id });
  await add("f3", { number: "fa-2026-003", status: "REJETEE", sentAt: new Date("2026-03-28T23:30:00Z"), totalGross: "1000.00", motif: "Montant de la facture erroné" });
  await add("f4", { number: "FB_100%", status: "MISE_EN_PAIEMENT", sentAt: new Date("2026-03-29T22:30:00Z"), totalGross: "10.00", type: "AVOIR" });
  await add("draft", { number: null, status: "BROUILLON", sentAt: null, totalGross: "5.00" });
  // A9 / A12: validated by the holder, validated by the platform (no actor), refused, waiting.
  const validation = (cadre: CadreFacturation, status: InvoiceStatus, actor: string | null) => ({
    cadre,
    status,
    validatorStructureId: holder.structure.id,
    historyActorId: actor,
    sentAt: new Date("2026-04-01T08:00:00Z"),
    totalGross: "50.00",
  });
  await add("a9-validee", { number: "ST-1", ...validation("A9", "VALIDEE_1", holder.principal.id) });
  await add("a9-auto", { number: "ST-2", ...validation("A9", "VALIDEE_1", null) });
  await add("a12-validee", { number: "CT-1", ...validation("A12", "VALIDEE_1", holder.principal.id) });
  await add("a12-auto-1", { number: "CT-2", ...validation("A12", "VALIDEE_1", null) });
  await add("a12-auto-2", { number: "CT-3", ...validation("A12", "VALIDEE_1", null) });
  await add("a12-refusee", { number: "CT-4", ...validation("A12", "REFUSEE_1", holder.principal.id) });
  await add("a9-attente", { number: "ST-3", ...validation("A9", "A_VALIDER_1", null) });
  // B's invoices, which A never sees (and the other way round).
  await insertInvoice(b, { number: "FA-2026-001", status: "MISE_A_DISPOSITION", sentAt: new Date("2026-03-02T10:00:00Z"), totalGross: "999.00", recipientStructureId: brest.id });
});

const search = (criteria: Record<string, string> = {}) => searchSupplierInvoices({ userId: a.principal.id, criteria });
const numbersOf = async (criteria: Record<string, string>) => (await search(criteria)).invoices.map((row) => row.number).sort();

describe("Synthèse", () => {
  it("counts and adds up the invoices per état, in the lifecycle's order, with a total", async () => {
    const summary = await getSupplierSummary({ userId: a.principal.id });
    const line = (status: string) => summary.rows.find((row) => row.status === status);
    expect(summary.rows.map((row) => row.status)).toEqual(["BROUILLON", "A_VALIDER_1", "VALIDEE_1", "REFUSEE_1", "MISE_A_DISPOSITION", "REJETEE", "MISE_EN_PAIEMENT"]);
    expect(line("MISE_A_DISPOSITION")).toMatchObject({ count: 2, totalGross: "200.50", label: "Mise à disposition du destinataire", currency: "EUR" });
    expect(line("VALIDEE_1")).toMatchObject({ count: 5, totalGross: "250.00" });
    expect(summary.totals).toEqual([{ currency: "EUR", count: 12, totalGross: "1565.50" }]);
  });

  it("of one structure only when it is the user's", async () => {
    expect((await getSupplierSummary({ userId: a.principal.id, structureId: a.structure.id })).totals[0].count).toBe(12);
    await expect(getSupplierSummary({ userId: a.principal.id, structureId: b.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("Tableau de bord", () => {
  it("gives each tile of seed 002 its count: validation by the holder, by the mandataire, hors délai, refusals, états", async () => {
    const { tiles, total } = await getSupplierDashboard({ userId: a.principal.id });
    const count = Object.fromEntries(tiles.map((tile) => [tile.label, tile.count]));
    expect(count).toMatchObject({
      Validée: 1,
      "Validée par mandataire": 1,
      Refusée: 0,
      "Refusée par mandataire": 1,
      "Validation automatique hors délai": 1,
      "Validation mandataire automatique hors délai": 2,
      "À valider": 1,
      Déposée: 0,
      "Mise à disposition": 2,
      Rejetée: 1,
      "Mise en paiement": 1,
    });
    // Drafts are not followed on the dashboard; every sent invoice is on exactly one tile.
    expect(total).toBe(11);
    expect(tiles.reduce((sum, tile) => sum + tile.count, 0)).toBe(11);
    expect(tiles.map((tile) => tile.key)).toEqual(DASHBOARD_TILES.map((tile) => tile.key));
  });

  it("opens, from each tile, a search that lists exactly the invoices it counts", async () => {
    const { tiles } = await getSupplierDashboard({ userId: a.principal.id });
    for (const tile of tiles) expect({ tile: tile.label, total: (await search(tile.searchParams)).total }).toEqual({ tile: tile.label, total: tile.count });
    expect(await numbersOf({ statut: "VALIDEE_1", cadre: "A12", validation: "automatique" })).toEqual(["CT-2", "CT-3"]);
  });
});

describe("Rechercher", () => {
  it("finds by the start of the number, whatever the case; LIKE's wildcards are plain characters", async () => {
    expect(await numbersOf({ numero: "fa-2026-00" })).toEqual(["FA-2026-001", "FA-2026-002", "fa-2026-003"]);
    expect(await numbersOf({ numero: "2026" })).toEqual([]);
    expect(await numbersOf({ numero: "FB_100%" })).toEqual(["FB_100%"]);
    expect(await numbersOf({ numero: "F__" })).toEqual([]);
    expect(await numbersOf({ numero: "TMP" })).toHaveLength(1);
  });

  it("finds by Paris day of deposit, bounds included", async () => {
    // 2026-03-01T23:30Z is 2 March in Paris; 2026-03-28T23:30Z is 29 March 00:30; 2026-03-29T22:30Z is 30 March 00:30 (summer time).
    expect(await numbersOf({ depotDu: "2026-03-02", depotAu: "2026-03-02" })).toEqual(["FA-2026-001"]);
    expect(await numbersOf({ depotAu: "2026-03-01" })).toEqual([]);
    expect(await numbersOf({ depotDu: "2026-03-29", depotAu: "2026-03-29" })).toEqual(["fa-2026-003"]);
    expect(await numbersOf({ depotDu: "2026-03-30", depotAu: "2026-03-31" })).toEqual(["FB_100%"]);
  });

  it("finds by recipient name (anywhere, any case) or identifier (its start)", async () => {
    expect(await numbersOf({ destinataire: "cotes-d'armor" })).toEqual(["FA-2026-002"]);
    expect(await numbersOf({ destinataire: "222200016" })).toEqual(["FA-2026-002"]);
    expect((await search({ destinataire: "brest" })).total).toBe(11);
    expect(await numbersOf({ destinataire: "inconnue" })).toEqual([]);
  });

  it("finds by état, cadre, amount TTC (bounds included) and structure", async () => {
    expect(await numbersOf({ statut: "REJETEE" })).toEqual(["fa-2026-003"]);
    // The list tells why an invoice is in its état.
    expect((await search({ statut: "REJETEE" })).invoices[0].motif).toBe("Montant de la facture erroné");
    expect((await search({ statut: "MISE_EN_PAIEMENT" })).invoices[0].motif).toBeNull();
    expect(await numbersOf({ cadre: "A12", statut: "REFUSEE_1" })).toEqual(["CT-4"]);
    expect(await numbersOf({ montantMin: "80,50", montantMax: "120" })).toEqual(["FA-2026-001", "FA-2026-002"]);
    expect(await numbersOf({ montantMin: "1 000" })).toEqual(["fa-2026-003"]);
    expect((await search({ structure: a.structure.id })).total).toBe(12);
    await expect(search({ structure: b.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sorts on each column, both ways, and pages by 20 with a stable order", async () => {
    const byAmount = (await search({ tri: "montant", ordre: "asc" })).invoices.map((row) => row.totalGross);
    expect(byAmount[0]).toBe("5.00");
    expect(byAmount.at(-1)).toBe("1000.00");
    expect((await search({ tri: "destinataire", ordre: "desc" })).invoices[0].recipientName).toBe("DEP COTES-D'ARMOR");
    expect((await search({ tri: "etat", ordre: "asc" })).invoices.map((row) => row.status)[0]).toBe("BROUILLON");
    // The default: newest deposit first, drafts (never deposited) last.
    const byDefault = (await search()).invoices;
    const deposits = byDefault.flatMap((row) => (row.depositDate ? [row.depositDate.getTime()] : []));
    expect(deposits).toEqual([...deposits].sort((x, y) => y - x));
    expect(byDefault.at(-1)!.status).toBe("BROUILLON");
    for (const key of ["depot", "numero", "destinataire", "etat", "dateEtat", "montant"]) {
      for (const ordre of ["asc", "desc"]) expect((await search({ tri: key, ordre })).total).toBe(12);
    }
    const many = await createInvoiceSupplier();
    for (let n = 0; n < 45; n++) await insertInvoice(many, { number: `N-${String(n).padStart(3, "0")}`, status: "DEPOSEE", sentAt: new Date("2026-05-01T10:00:00Z"), totalGross: "1.00" });
    const pages = await Promise.all([1, 2, 3].map((page) => searchSupplierInvoices({ userId: many.principal.id, criteria: { page: String(page) } })));
    expect(pages.map((page) => page.invoices.length)).toEqual([20, 20, 5]);
    expect(pages[0]).toMatchObject({ total: 45, pageCount: 3, pageSize: 20 });
    expect(new Set(pages.flatMap((page) => page.invoices.map((row) => row.id))).size).toBe(45);
  });

  it("refuses wrong criteria with a French message on the field", async () => {
    await expect(search({ depotDu: "2026-02-30" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { depotDu: "La date de dépôt « du » n'est pas une date valide." } });
    await expect(search({ montantMin: "abc" })).rejects.toMatchObject({ fieldErrors: { montantMin: expect.stringContaining("montant positif") } });
    await expect(search({ statut: "PAYEE" })).rejects.toMatchObject({ fieldErrors: { statut: "Choisissez un état dans la liste." } });
  });
});

/** Every row the export's stream gives. */
async function exported(userId: string, criteria: Record<string, string> = {}) {
  const rows = [];
  for await (const row of await streamSupplierInvoices({ userId, criteria })) rows.push(row);
  return rows;
}

describe("Exporter (CSV)", () => {
  it("writes every invoice the search finds, without pages, in the CSV's French columns", async () => {
    const invoices = await exported(a.principal.id, { statut: "MISE_A_DISPOSITION", tri: "numero", ordre: "asc" });
    const csv = invoicesCsv(invoices);
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toEqual([
      "Date de dépôt;Destinataire;Identifiant du destinataire;Type;Numéro;Etat courant;Date de l'état courant;Montant TTC;Devise;Cadre de facturation;Fournisseur",
      `02/03/2026;BREST METROPOLE BUDGET PRINCIPAL;24290031400012;Facture;FA-2026-001;Mise à disposition du destinataire;02/03/2026;120,00;EUR;A1;${a.structure.raisonSociale}`,
      `03/03/2026;DEP COTES-D'ARMOR;22220001600327;Facture;FA-2026-002;Mise à disposition du destinataire;03/03/2026;80,50;EUR;A1;${a.structure.raisonSociale}`,
    ]);
  });
});

describe("another structure's user", () => {
  it("sees none of A's invoices in the synthèse, the dashboard, the search or the export", async () => {
    const intruder = b.principal.id;
    expect((await getSupplierSummary({ userId: intruder })).totals).toEqual([{ currency: "EUR", count: 1, totalGross: "999.00" }]);
    expect((await getSupplierDashboard({ userId: intruder })).total).toBe(1);
    const found = await searchSupplierInvoices({ userId: intruder, criteria: { numero: "FA" } });
    expect(found.invoices.map((row) => row.id)).not.toContain(ids.f1);
    expect(found.total).toBe(1);
    expect(await exported(intruder)).toHaveLength(1);
    await expect(searchSupplierInvoices({ userId: intruder, criteria: { structure: a.structure.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exported(intruder, { structure: a.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSupplierDashboard({ userId: intruder, structureId: a.structure.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A user attached to no supplier structure sees nothing at all.
    const outsider = await createManagedStructure({ kind: "PUBLIQUE", espaces: ["FACTURES_RECUES"] });
    expect((await getSupplierDashboard({ userId: outsider.principal.id })).total).toBe(0);
    expect((await searchSupplierInvoices({ userId: outsider.principal.id })).total).toBe(0);
    expect(await db.invoice.count({ where: { supplierStructureId: a.structure.id } })).toBe(12);
  });
});
