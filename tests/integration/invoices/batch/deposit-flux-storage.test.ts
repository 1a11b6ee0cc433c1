// What a batch deposit keeps in the database: only the files that wait for their job hold bytes; files rejected at
// once (not XML, duplicates) keep their size only; a processed file drops its bytes (its invoice keeps its own
// original); a rejected flux keeps none; a flux and a structure have quotas. A small archive can never put hundreds
// of megabytes in deposit_flux_items (the issue: a 6 MB ZIP put 440 MB there, kept although the flux was rejected).
import { zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { sampleInvoiceXml, type SampleParties } from "../../../../scripts/lib/sample-einvoices.ts";
import { createInvoiceRecipients, createInvoiceSupplier } from "../../factories.ts";

const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipients = await createInvoiceRecipients();
  const parties: SampleParties = {
    seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
    buyer: { name: recipients.brest.raisonSociale, siret: recipients.brest.identifier, serviceCode: "FACTURES" },
    engagement: (i) => `BM${i}`,
  };
  const xml = (i: number) => encode(sampleInvoiceXml(i, parties));
  const deposit = (files: { name: string; bytes: Uint8Array }[]) =>
    createDepositFlux({ userId: supplier.principal.id, input: { supplierStructureId: supplier.structure.id, cadre: "A1", files } });
  return { ...supplier, xml, deposit };
}

/** Bytes the flux items hold in the database, as PostgreSQL counts them. */
async function storedInItems(fluxId?: string): Promise<number> {
  const [{ bytes }] = fluxId
    ? await db.$queryRaw<{ bytes: bigint | null }[]>`SELECT sum(octet_length(content)) AS bytes FROM deposit_flux_items WHERE flux_id = ${fluxId}::uuid`
    : await db.$queryRaw<{ bytes: bigint | null }[]>`SELECT sum(octet_length(content)) AS bytes FROM deposit_flux_items`;
  return Number(bytes ?? 0);
}

/** Text that compresses about 50:1 (below the ZIP reader's bomb ratio of 200), `megabytes` long: one line repeated, one random letter changed in each. */
function compressible(megabytes: number, seed: number): Uint8Array {
  const line = encode(`<!-- ${"lorem ipsum dolor sit amet ".repeat(9)} -->\n`);
  const bytes = new Uint8Array(megabytes * MB);
  let random = seed + 1;
  for (let at = 0; at < bytes.length; at += line.length) {
    bytes.set(line.subarray(0, Math.min(line.length, bytes.length - at)), at);
    random = (random * 1103515245 + 12345) >>> 0;
    const where = at + 5 + (random % 200);
    if (where < bytes.length) bytes[where] = 97 + (random >>> 24) % 26;
  }
  return bytes;
}

const drain = () => runDueJobs(depositFluxJobHandlers, { concurrency: 2, limit: 1000 });

afterEach(() => {
  delete process.env.DEPOSIT_FLUX_MAX_STORED_MB;
  delete process.env.DEPOSIT_STRUCTURE_MAX_STORED_MB;
});

describe("what a batch deposit stores", () => {
  it("keeps no bytes of the files rejected at once: a small ZIP of big non-XML files and duplicates stores almost nothing", async () => {
    const s = await setUp();
    const invoice = s.xml(1);
    const entries: Record<string, Uint8Array> = { "lot/facture-1.xml": invoice };
    for (let i = 0; i < 8; i++) entries[`lot/piece-${i}.pdf`] = compressible(16, i); // 128 MB of files that are not invoices
    for (let i = 0; i < 200; i++) entries[`lot/copie-${i}.xml`] = invoice; // the same invoice 200 times
    const zip = zipSync(entries, { level: 6 });
    expect(zip.length).toBeLessThan(6 * MB);

    const created = await s.deposit([{ name: "lot.zip", bytes: zip }]);
    const flux = await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } });
    expect(Number(flux.storedBytes)).toBe(invoice.length);
    expect(await storedInItems(created.fluxId)).toBe(invoice.length);
    const items = await db.depositFluxItem.findMany({ where: { fluxId: created.fluxId }, select: { fileName: true, size: true, content: true, status: true } });
    expect(items).toHaveLength(209);
    const pdf = items.find((item) => item.fileName === "lot/piece-0.pdf")!;
    expect(pdf).toMatchObject({ status: "REJETEE", content: null, size: 16 * MB });
    expect(items.filter((item) => item.content !== null)).toHaveLength(1);
  }, 120_000);

  it("drops each file's bytes once processed: the invoice keeps its original, the flux keeps nothing", async () => {
    const s = await setUp();
    const files = [1, 2, 3].map((i) => ({ name: `facture-${i}.xml`, bytes: s.xml(i) }));
    const created = await s.deposit([...files, { name: "notes.txt", bytes: encode("pas une facture") }]);
    expect(await storedInItems(created.fluxId)).toBe(files.reduce((sum, file) => sum + file.bytes.length, 0));
    await drain();
    const flux = await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } });
    expect(flux).toMatchObject({ status: "INTEGRE_PARTIELLEMENT", acceptedCount: 3 });
    expect(Number(flux.storedBytes)).toBe(0);
    expect(await storedInItems(created.fluxId)).toBe(0);
    const items = await db.depositFluxItem.findMany({ where: { fluxId: created.fluxId, status: "ACCEPTEE" }, select: { size: true, invoiceId: true } });
    expect(items.map((item) => item.size).sort()).toEqual(files.map((file) => file.bytes.length).sort());
    const originals = await db.invoiceAttachment.findMany({ where: { invoiceId: { in: items.map((item) => item.invoiceId!) } }, select: { content: true } });
    expect(originals.map((original) => original.content.length).sort()).toEqual(files.map((file) => file.bytes.length).sort());
  });

  it("keeps no content for a rejected flux", async () => {
    const s = await setUp();
    const broken = [1, 2].map((i) => ({ name: `casse-${i}.xml`, bytes: encode(`<Invoice>${"x".repeat(50_000)}${i}</Invoice>`) }));
    const created = await s.deposit(broken);
    expect(await storedInItems(created.fluxId)).toBeGreaterThan(100_000);
    await drain();
    const flux = await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } });
    expect(flux.status).toBe("REJETE");
    expect(Number(flux.storedBytes)).toBe(0);
    expect(await storedInItems(created.fluxId)).toBe(0);
  });

  it("refuses a flux above its quota on the files field, storing nothing: a small ZIP never puts hundreds of MB in the database", async () => {
    const s = await setUp();
    const before = await db.depositFluxItem.count();
    // 6 distinct "invoices" of 19 MB each (below the ZIP reader's per-file limit): 114 MB, in a ZIP of about 1 MB.
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6; i++) entries[`lot/facture-${i}.xml`] = compressible(19, i);
    const zip = zipSync(entries, { level: 6 });
    expect(zip.length).toBeLessThan(6 * MB);
    await expect(s.deposit([{ name: "lot.zip", bytes: zip }])).rejects.toMatchObject({
      code: "VALIDATION",
      field: "files",
      message: expect.stringMatching(/un flux en compte au plus 100 Mo/),
    });
    expect(await db.depositFluxItem.count()).toBe(before);
    expect(await storedInItems()).toBeLessThan(100 * MB);
  }, 120_000);

  it("counts the fluxes of a structure still in progress against its quota, and frees it as they are processed", async () => {
    process.env.DEPOSIT_STRUCTURE_MAX_STORED_MB = "1";
    const s = await setUp();
    const big = (i: number) => ({ name: `facture-${i}.xml`, bytes: encode(`${new TextDecoder().decode(s.xml(i))}<!--${"p".repeat(400_000)}-->`) });
    const first = await s.deposit([big(1), big(2)]);
    await expect(s.deposit([big(3), big(4)])).rejects.toMatchObject({ field: "files", message: expect.stringContaining("attendez la fin de leur traitement") });
    await drain();
    expect(Number((await db.depositFlux.findUniqueOrThrow({ where: { id: first.fluxId } })).storedBytes)).toBe(0);
    await expect(s.deposit([big(3), big(4)])).resolves.toMatchObject({ invoiceCount: 2 });
  });
});
