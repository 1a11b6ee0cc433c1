// "Dépôt par lot": a flux of structured invoices processed by the job queue. Accepted invoices are DEPOSEE with their
// original file; refused ones list their rule ids; duplicates are refused, never stored twice; a crash mid-chunk and
// its retry lose nothing and write nothing twice; only the supplier's members see the flux.
import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writeCii } from "@/features/einvoice/index.ts";
import { DEPOSIT_FLUX_QUEUE } from "@/features/invoices/batch/rules/flux-queue.ts";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { getDepositFlux } from "@/features/invoices/batch/use-cases/get-deposit-flux.ts";
import { listDepositFlux } from "@/features/invoices/batch/use-cases/list-deposit-flux.ts";
import { depositFluxJobHandlers, processDepositFluxChunk } from "@/features/invoices/batch/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { sampleEInvoice, sampleInvoiceXml, writeUbl, type SampleParties } from "../../../../scripts/lib/sample-einvoices.ts";
import { reformCompliantCii } from "../../support/reform-compliant-invoice.ts";
import { attach, createInvoiceRecipients, createInvoiceSupplier, createPublicStructure, createUser } from "../../factories.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve("tests/fixtures/en16931", name)));

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipients = await createInvoiceRecipients();
  const parties: SampleParties = {
    seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
    buyer: { name: recipients.brest.raisonSociale, siret: recipients.brest.identifier, serviceCode: "FACTURES" },
    engagement: (i) => `BM${i}`,
  };
  const xml = (i: number, options: Parameters<typeof sampleInvoiceXml>[2] = {}) => ({ name: `facture-${i}.xml`, bytes: encode(sampleInvoiceXml(i, parties, options)) });
  const deposit = (files: { name: string; bytes: Uint8Array }[], options: { chunkSize?: number } = {}) =>
    createDepositFlux({ userId: supplier.principal.id, input: { supplierStructureId: supplier.structure.id, cadre: "A1", files }, ...options });
  return { ...supplier, ...recipients, userId: supplier.principal.id, parties, xml, deposit };
}

const drain = (concurrency = 2) => runDueJobs(depositFluxJobHandlers, { concurrency, limit: 1000 });
const itemsOf = (fluxId: string) => db.depositFluxItem.findMany({ where: { fluxId }, orderBy: { position: "asc" } });
const rulesOf = (errors: unknown) => (errors as { rule: string }[] | null)?.map((finding) => finding.rule) ?? [];

describe("batch deposit", () => {
  it("turns a ZIP of UBL and CII invoices into DEPOSEE invoices with their originals, and the flux into Intégré with one event", async () => {
    const s = await setUp();
    const files = [1, 2, 3, 4, 5].map((i) => s.xml(i));
    const zip = zipSync(Object.fromEntries(files.map((file) => [`lot/${file.name}`, file.bytes])));
    const created = await s.deposit([{ name: "lot.zip", bytes: zip }], { chunkSize: 2 });
    expect(created.number).toMatch(/^FLUX\d{4}\d{14}$/);
    expect(created.invoiceCount).toBe(5);
    expect(await db.job.count({ where: { queue: DEPOSIT_FLUX_QUEUE, status: "PENDING" } })).toBe(3);
    const pending = await getDepositFlux({ userId: s.userId, fluxId: created.fluxId });
    expect(pending).toMatchObject({ status: "EN_COURS", processedCount: 0, invoiceCount: 5, uploadName: "lot.zip", format: "XML_STRUCTURE" });

    expect(await drain()).toEqual({ done: 3, retried: 0, failed: 0 });

    const flux = await getDepositFlux({ userId: s.userId, fluxId: created.fluxId });
    expect(flux).toMatchObject({ status: "INTEGRE", processedCount: 5, acceptedCount: 5, rejectedCount: 0 });
    expect(flux.finishedAt).toBeInstanceOf(Date);
    expect(flux.items.map((item) => [item.fileName, item.status, item.invoiceNumber])).toEqual(files.map((file, index) => [`lot/${file.name}`, "ACCEPTEE", `LOT-00000${index + 1}`]));

    const invoices = await db.invoice.findMany({ where: { depositFluxId: created.fluxId }, include: { lines: true, attachments: true, history: true }, orderBy: { sentNumber: "asc" } });
    expect(invoices).toHaveLength(5);
    for (const [index, invoice] of invoices.entries()) {
      const expected = sampleEInvoice(index + 1, s.parties);
      expect(invoice).toMatchObject({
        status: "DEPOSEE",
        depositMode: "XML_STRUCTURE",
        sentNumber: expected.number,
        invoiceNumber: expected.number,
        supplierStructureId: s.structure.id,
        recipientStructureId: s.brest.id,
        recipientServiceId: s.brestService.id,
        engagementNumber: `BM${index + 1}`,
        createdById: s.userId,
      });
      expect(invoice.totalGross.toFixed(2)).toBe(expected.totals.taxInclusive);
      expect(invoice.lines).toHaveLength(3);
      expect(invoice.temporaryNumber).toMatch(/^TMP\d{4}\d{14}$/);
      expect(invoice.history).toMatchObject([{ status: "DEPOSEE", actorId: s.userId, actorStructureId: s.structure.id }]);
      expect(invoice.attachments).toMatchObject([{ type: "Facture originale", designation: files[index].name, extension: "xml", mimeType: "application/xml" }]);
      expect(Buffer.from(invoice.attachments[0].content).equals(Buffer.from(files[index].bytes))).toBe(true);
      expect(flux.items[index].invoiceId).toBe(invoice.id);
    }
    expect(new Set(invoices.map((invoice) => invoice.temporaryNumber)).size).toBe(5);
    const events = await db.event.findMany({ where: { userId: s.userId, type: "FLUX_TRAITE" } });
    expect(events).toMatchObject([{ espace: "FACTURES_EMISES", message: `Flux n° ${created.number} intégré : 5 factures acceptées, 0 rejetée.`, link: `/factures-emises/depot/flux/${created.fluxId}` }]);
    expect(await db.job.count({ where: { queue: DEPOSIT_FLUX_QUEUE, status: "DONE" } })).toBe(3);
  });

  it("reports each refused file with its rule ids, keeps the accepted ones, and ends Intégré partiellement", async () => {
    const s = await setUp();
    // The CEN example "sample-discount-price" names its buyer by a 14-digit id: make it a public structure of the directory.
    await createPublicStructure({ identifier: "12346830600751", raisonSociale: "ACHETEUR DE L'EXEMPLE CEN" });
    const broken = sampleEInvoice(20, s.parties);
    broken.totals.lineNetTotal = "1.00";
    const noService = sampleEInvoice(21, { ...s.parties, buyer: { ...s.parties.buyer, serviceCode: undefined } });
    const noEngagement = sampleEInvoice(22, { ...s.parties, engagement: undefined });
    const unknownBuyer = sampleEInvoice(23, { ...s.parties, buyer: { ...s.parties.buyer, siret: "99999999999999" } });
    const otherSeller = sampleEInvoice(24, s.parties);
    otherSeller.seller = { ...otherSeller.seller, ids: [{ id: "FRAUTREVENDEUR" }], legalId: { id: "35600000000048", scheme: "0009" } };
    const files = [
      s.xml(1),
      { name: "sample-discount-price.xml", bytes: fixture("ubl/sample-discount-price.xml") },
      { name: "CII_example8.xml", bytes: fixture("cii/CII_example8.xml") },
      { name: "casse.xml", bytes: encode(writeUbl(broken)) },
      { name: "sans-service.xml", bytes: encode(writeCii(noService)) },
      { name: "sans-engagement.xml", bytes: encode(writeUbl(noEngagement)) },
      { name: "inconnu.xml", bytes: encode(writeCii(unknownBuyer)) },
      { name: "autre-vendeur.xml", bytes: encode(writeUbl(otherSeller)) },
      { name: "notice.pdf", bytes: encode("%PDF-1.4 notice") },
      { name: "copie.xml", bytes: s.xml(1).bytes },
      { name: "illisible.xml", bytes: encode("<Invoice><ID>") },
    ];
    const created = await s.deposit(files, { chunkSize: 4 });
    await drain();

    const items = await itemsOf(created.fluxId);
    const byName = Object.fromEntries(items.map((item) => [item.fileName, item]));
    expect(byName["facture-1.xml"].status).toBe("ACCEPTEE");
    expect(byName["sample-discount-price.xml"]).toMatchObject({ status: "ACCEPTEE", invoiceNumber: "test decimal 1" });
    expect(rulesOf(byName["CII_example8.xml"].errors)).toEqual(["PORTAIL-DESTINATAIRE"]);
    expect(rulesOf(byName["casse.xml"].errors)).toContain("BR-CO-10");
    expect(byName["casse.xml"]).toMatchObject({ status: "REJETEE", invoiceNumber: broken.number, invoiceId: null });
    expect(rulesOf(byName["sans-service.xml"].errors)).toEqual(["PORTAIL-SERVICE"]);
    expect(rulesOf(byName["sans-engagement.xml"].errors)).toEqual(["PORTAIL-ENGAGEMENT"]);
    expect(rulesOf(byName["inconnu.xml"].errors)).toEqual(["PORTAIL-DESTINATAIRE"]);
    expect(rulesOf(byName["autre-vendeur.xml"].errors)).toContain("PORTAIL-FOURNISSEUR");
    expect(rulesOf(byName["notice.pdf"].errors)).toEqual(["PORTAIL-FICHIER"]);
    expect(byName["copie.xml"].errors).toMatchObject([{ rule: "PORTAIL-DOUBLON", message: "Double facturation : ce fichier figure déjà dans ce flux (fichier « facture-1.xml »)." }]);
    expect(rulesOf(byName["illisible.xml"].errors)).toEqual(["PORTAIL-FICHIER"]);
    expect(items.every((item) => item.processedAt instanceof Date)).toBe(true);

    const flux = await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } });
    expect(flux).toMatchObject({ status: "INTEGRE_PARTIELLEMENT", invoiceCount: 11, processedCount: 11, acceptedCount: 2 });
    expect(await db.invoice.count({ where: { depositFluxId: created.fluxId } })).toBe(2);
    const rejectedPage = await getDepositFlux({ userId: s.userId, fluxId: created.fluxId, query: { status: "REJETEE", pageSize: 5, page: 2 } });
    expect(rejectedPage).toMatchObject({ itemCount: 9, pageCount: 2, page: 2, rejectedCount: 9 });
    expect(rejectedPage.items.map((item) => item.fileName)).toEqual(["autre-vendeur.xml", "notice.pdf", "copie.xml", "illisible.xml"]);
    expect(rejectedPage.items[0].findings[0]).toMatchObject({ rule: "PORTAIL-FOURNISSEUR", severity: "fatal", location: "BG-4" });
    expect((await db.event.findFirstOrThrow({ where: { userId: s.userId, type: "FLUX_TRAITE" } })).message).toBe(`Flux n° ${created.number} intégré partiellement : 2 factures acceptées, 9 rejetées.`);
  });

  it("stores the reform's BR-FR warnings of each file apart from its findings, accepted or refused, never as a refusal", async () => {
    const s = await setUp();
    const broken = sampleEInvoice(32, s.parties);
    broken.totals.lineNetTotal = "1.00";
    const files = [
      { name: "conforme.xml", bytes: encode(reformCompliantCii(30, s.parties)) },
      { name: "sans-mentions.xml", bytes: encode(sampleInvoiceXml(31, s.parties, { syntax: "CII" })) },
      { name: "casse.xml", bytes: encode(writeCii(broken)) },
      { name: "illisible.xml", bytes: encode("<Invoice><ID>") },
    ];
    const created = await s.deposit(files);
    await drain();

    const byName = Object.fromEntries((await itemsOf(created.fluxId)).map((item) => [item.fileName, item]));
    expect(byName["conforme.xml"]).toMatchObject({ status: "ACCEPTEE", errors: null, reformWarnings: null });
    // No legal mentions, no seller SIREN, no electronic addresses: accepted all the same, the reform's rules said apart.
    expect(byName["sans-mentions.xml"]).toMatchObject({ status: "ACCEPTEE", errors: null });
    const reform = byName["sans-mentions.xml"].reformWarnings as { rule: string; severity: string; message: string }[];
    expect(rulesOf(reform)).toEqual(expect.arrayContaining(["BR-FR-05", "BR-FR-10", "BR-FR-12", "BR-FR-13"]));
    expect(reform.every((finding) => finding.severity === "warning" && finding.message.includes("réforme"))).toBe(true);
    // A refused file keeps its EN 16931 findings as they were, none of them BR-FR, and its reform warnings beside.
    expect(byName["casse.xml"].status).toBe("REJETEE");
    expect(rulesOf(byName["casse.xml"].errors)).toContain("BR-CO-10");
    expect(rulesOf(byName["casse.xml"].errors).some((rule) => rule.startsWith("BR-FR"))).toBe(false);
    expect(rulesOf(byName["casse.xml"].reformWarnings)).toContain("BR-FR-05");
    expect(byName["illisible.xml"]).toMatchObject({ status: "REJETEE", reformWarnings: null });

    const report = await getDepositFlux({ userId: s.userId, fluxId: created.fluxId });
    expect(report.items.map((item) => [item.fileName, item.reformWarnings.length > 0])).toEqual([
      ["conforme.xml", false],
      ["sans-mentions.xml", true],
      ["casse.xml", true],
      ["illisible.xml", false],
    ]);
    expect(report.items[1]).toMatchObject({ findings: [], reformWarnings: expect.arrayContaining([expect.objectContaining({ rule: "BR-FR-05", severity: "warning" })]) });
    expect(report.items.flatMap((item) => item.findings).some((finding) => finding.rule.startsWith("BR-FR"))).toBe(false);
  });

  it("refuses as « Double facturation » a file already deposited, a number already sent, or a number twice in the flux", async () => {
    const s = await setUp();
    const first = await s.deposit([s.xml(1), s.xml(2)]);
    await drain();
    expect((await db.depositFlux.findUniqueOrThrow({ where: { id: first.fluxId } })).status).toBe("INTEGRE");

    const sameNumberOtherFile = { name: "autre-1.xml", bytes: encode(sampleInvoiceXml(1, s.parties, { lines: 2 })) };
    const twiceA = { name: "double-a.xml", bytes: encode(sampleInvoiceXml(30, s.parties, { number: "F-DOUBLE" })) };
    const twiceB = { name: "double-b.xml", bytes: encode(sampleInvoiceXml(31, s.parties, { number: "F-DOUBLE" })) };
    const second = await s.deposit([s.xml(2), sameNumberOtherFile, twiceA, twiceB]);
    await drain();

    const [again, sameNumber, a, b] = await itemsOf(second.fluxId);
    const firstInvoice = await db.invoice.findFirstOrThrow({ where: { depositFluxId: first.fluxId, sentNumber: "LOT-000002" } });
    expect(again).toMatchObject({ status: "REJETEE", invoiceId: null, errors: [{ rule: "PORTAIL-DOUBLON", message: `Double facturation : ce fichier a déjà été déposé (facture ${firstInvoice.temporaryNumber}).` }] });
    expect(sameNumber.errors).toMatchObject([{ rule: "PORTAIL-DOUBLON", message: "Double facturation : le numéro de facture LOT-000001 est déjà utilisé par une facture envoyée de votre structure.", location: "BT-1" }]);
    expect(a.status).toBe("ACCEPTEE");
    expect(b.errors).toMatchObject([{ rule: "PORTAIL-DOUBLON", message: "Double facturation : le numéro de facture F-DOUBLE figure déjà dans ce flux (fichier « double-a.xml »)." }]);
    expect(await db.invoice.count({ where: { supplierStructureId: s.structure.id } })).toBe(3);
    expect((await db.depositFlux.findUniqueOrThrow({ where: { id: second.fluxId } })).status).toBe("INTEGRE_PARTIELLEMENT");
  });

  it("loses nothing and writes nothing twice when a chunk crashes midway and is retried", async () => {
    const s = await setUp();
    const created = await s.deposit([1, 2, 3, 4, 5, 6].map((i) => s.xml(i)), { chunkSize: 6 });
    const crashAfterFirstBatch = {
      [DEPOSIT_FLUX_QUEUE]: (payload: unknown) =>
        processDepositFluxChunk({ payload, writeBatchSize: 2, hooks: {
            afterCommit: (batch) => {
              if (batch === 0) throw new Error("arrêt brutal après le premier lot");
            },
          } }),
    };
    expect(await runDueJobs(crashAfterFirstBatch, { retryDelayMs: () => 0, limit: 1 })).toEqual({ done: 0, retried: 1, failed: 0 });
    expect((await itemsOf(created.fluxId)).map((item) => item.status)).toEqual(["ACCEPTEE", "ACCEPTEE", "EN_ATTENTE", "EN_ATTENTE", "EN_ATTENTE", "EN_ATTENTE"]);
    expect(await db.invoice.count({ where: { depositFluxId: created.fluxId } })).toBe(2);

    const crashInsideSecondBatch = {
      [DEPOSIT_FLUX_QUEUE]: (payload: unknown) =>
        processDepositFluxChunk({ payload, writeBatchSize: 2, hooks: {
            beforeCommit: (batch) => {
              if (batch === 1) throw new Error("transaction tuée");
            },
          } }),
    };
    expect(await runDueJobs(crashInsideSecondBatch, { retryDelayMs: () => 0, limit: 1 })).toEqual({ done: 0, retried: 1, failed: 0 });
    // The retry skipped the two done items, wrote the next two, and the killed transaction left no trace.
    expect((await itemsOf(created.fluxId)).map((item) => item.status)).toEqual(["ACCEPTEE", "ACCEPTEE", "ACCEPTEE", "ACCEPTEE", "EN_ATTENTE", "EN_ATTENTE"]);
    expect(await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } })).toMatchObject({ processedCount: 4, acceptedCount: 4, status: "EN_COURS" });

    expect(await drain()).toEqual({ done: 1, retried: 0, failed: 0 });
    const invoices = await db.invoice.findMany({ where: { depositFluxId: created.fluxId }, select: { sentNumber: true } });
    expect(invoices.map((invoice) => invoice.sentNumber).sort()).toEqual(["LOT-000001", "LOT-000002", "LOT-000003", "LOT-000004", "LOT-000005", "LOT-000006"]);
    expect(await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } })).toMatchObject({ processedCount: 6, acceptedCount: 6, status: "INTEGRE" });
    expect(await db.invoiceHistory.count({ where: { invoice: { depositFluxId: created.fluxId } } })).toBe(6);
    expect(await db.invoiceAttachment.count({ where: { invoice: { depositFluxId: created.fluxId } } })).toBe(6);
    expect(await db.event.count({ where: { type: "FLUX_TRAITE", userId: s.userId } })).toBe(1);
  });

  it("writes each invoice once when the same chunk runs twice at the same time (a lock taken over)", async () => {
    const s = await setUp();
    const created = await s.deposit([1, 2, 3, 4].map((i) => s.xml(i)));
    const payload = { fluxId: created.fluxId, from: 1, to: 100 };
    await Promise.all([processDepositFluxChunk({ payload }), processDepositFluxChunk({ payload }), processDepositFluxChunk({ payload, writeBatchSize: 1 })]);
    expect(await db.invoice.count({ where: { depositFluxId: created.fluxId } })).toBe(4);
    expect(await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } })).toMatchObject({ processedCount: 4, acceptedCount: 4, status: "INTEGRE" });
    expect((await itemsOf(created.fluxId)).every((item) => item.status === "ACCEPTEE" && item.errors === null)).toBe(true);
    expect(await db.event.count({ where: { type: "FLUX_TRAITE", userId: s.userId } })).toBe(1);
  });

  it("lets the unique indexes decide between two fluxes holding the same file, processed at the same time", async () => {
    const s = await setUp();
    const first = await s.deposit([s.xml(1)]);
    const second = await s.deposit([s.xml(1)]);
    await Promise.all([processDepositFluxChunk({ payload: { fluxId: first.fluxId, from: 1, to: 100 } }), processDepositFluxChunk({ payload: { fluxId: second.fluxId, from: 1, to: 100 } })]);
    const items = [...(await itemsOf(first.fluxId)), ...(await itemsOf(second.fluxId))];
    expect(items.map((item) => item.status).sort()).toEqual(["ACCEPTEE", "REJETEE"]);
    expect(items.find((item) => item.status === "REJETEE")?.errors).toMatchObject([{ rule: "PORTAIL-DOUBLON", message: expect.stringContaining("Double facturation : ce fichier a déjà été déposé") }]);
    expect(await db.invoice.count({ where: { supplierStructureId: s.structure.id } })).toBe(1);
    expect(await db.invoiceLine.count({ where: { invoice: { supplierStructureId: s.structure.id } } })).toBe(3);
  });

  it("refuses an unusable upload on its field and stores nothing", async () => {
    const s = await setUp();
    const before = { flux: await db.depositFlux.count(), jobs: await db.job.count() };
    await expect(s.deposit([])).rejects.toMatchObject({ code: "VALIDATION", field: "files" });
    await expect(s.deposit([{ name: "lot.zip", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) }])).rejects.toMatchObject({ field: "files", message: expect.stringContaining("ZIP") });
    await expect(
      createDepositFlux({ userId: s.userId, input: { supplierStructureId: s.structure.id, supplierServiceId: s.brestService.id, cadre: "A1", files: [s.xml(1)] } }),
    ).rejects.toMatchObject({ fieldErrors: { supplierServiceId: "Ce service n'appartient pas à votre structure ou n'est plus actif." } });
    await expect(createDepositFlux({ userId: s.userId, input: { supplierStructureId: s.structure.id, cadre: "A7" as "A1", files: [s.xml(1)] } })).rejects.toMatchObject({
      fieldErrors: { cadre: "Choisissez un cadre de facturation." },
    });
    // A9 / A12 invoices wait for the holder of the contract, chosen per invoice: not in a batch.
    await expect(createDepositFlux({ userId: s.userId, input: { supplierStructureId: s.structure.id, cadre: "A9" as "A1", files: [s.xml(1)] } })).rejects.toMatchObject({
      fieldErrors: { cadre: expect.stringContaining("une facture A9 ou A12 se dépose une à une") },
    });
    expect({ flux: await db.depositFlux.count(), jobs: await db.job.count() }).toEqual(before);
  });

  it("keeps a flux to its supplier's members: another structure's user neither deposits for it nor sees it", async () => {
    const a = await setUp();
    const b = await setUp();
    const created = await a.deposit([a.xml(1)]);
    await expect(createDepositFlux({ userId: b.userId, input: { supplierStructureId: a.structure.id, cadre: "A1", files: [a.xml(2)] } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDepositFlux({ userId: b.userId, fluxId: created.fluxId })).rejects.toMatchObject({ code: "NOT_FOUND", message: "Flux introuvable." });
    await expect(getDepositFlux({ userId: b.userId, fluxId: "pas-un-identifiant" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listDepositFlux({ userId: b.userId, query: { structureId: a.structure.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listDepositFlux({ userId: b.userId })).total).toBe(0);
    const mine = await listDepositFlux({ userId: a.userId });
    expect(mine).toMatchObject({ total: 1, fluxes: [{ id: created.fluxId, number: created.number, invoiceCount: 1, status: "EN_COURS", supplierName: a.structure.raisonSociale }] });

    // A member without "Factures émises" does not see it either.
    const outsider = await createUser();
    await attach(outsider.id, a.structure.id, { espaces: ["MON_COMPTE"] });
    await expect(getDepositFlux({ userId: outsider.id, fluxId: created.fluxId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses the files of a flux whose supplier lost its mandate before they were processed", async () => {
    const s = await setUp();
    const created = await s.deposit([s.xml(1), s.xml(2)]);
    await db.mandate.updateMany({ where: { structureId: s.structure.id }, data: { status: "REVOQUE", revokedAt: new Date() } });
    await drain();
    const items = await itemsOf(created.fluxId);
    expect(items.map((item) => [item.status, rulesOf(item.errors)])).toEqual([
      ["REJETEE", ["PORTAIL-FOURNISSEUR"]],
      ["REJETEE", ["PORTAIL-FOURNISSEUR"]],
    ]);
    expect((await db.depositFlux.findUniqueOrThrow({ where: { id: created.fluxId } })).status).toBe("REJETE");
    expect(await db.invoice.count({ where: { supplierStructureId: s.structure.id } })).toBe(0);
  });
});
