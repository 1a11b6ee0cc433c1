// The supplier's invoices through the API, as its software sees them: the typed client generated from the published
// OpenAPI document, calling the real route files as a technical account of the structure. Submit and follow an
// invoice, replay a submission, deposit a flux and read its compte rendu, answer the recipient, download files; and
// the refusals: a consultation-only account, a foreign invoice.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { createFacturXPdf } from "@/features/einvoice/index.ts";
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { searchSupplierInvoices } from "@/features/invoices/tracking/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { sampleEInvoice, sampleInvoiceXml } from "../../../scripts/lib/sample-einvoices.ts";
import { createInvoiceRecipients, createInvoiceSupplier, invoiceFormTo } from "../factories.ts";
import { insertInvoice } from "../support/insert-invoice.ts";
import { reformCompliantCii } from "../support/reform-compliant-invoice.ts";
import { apiClientFor } from "./support/api-client.ts";

const EMISES_MODIFICATION = [{ espace: "FACTURES_EMISES" as const, modification: true }];
const EMISES_CONSULTATION = [{ espace: "FACTURES_EMISES" as const, modification: false }];
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const CII_FIXTURE = readFileSync(new URL("../../fixtures/en16931/cii/CII_example1.xml", import.meta.url));

type Setup = Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const recipients = await createInvoiceRecipients();
  const writer = await apiClientFor(supplier.structure.id, EMISES_MODIFICATION);
  const reader = await apiClientFor(supplier.structure.id, EMISES_CONSULTATION);
  const form = (overrides = {}) => invoiceFormTo(supplier.structure.id, { structureId: recipients.cotesDArmor.id, serviceId: recipients.cotesDArmorService.id }, overrides);
  const sent = (status: "SUSPENDUE" | "A_RECYCLER" | "MISE_A_DISPOSITION") =>
    insertInvoice(supplier, {
      number: `F-${randomUUID().slice(0, 8)}`,
      status,
      sentAt: new Date(),
      totalGross: "150.00",
      recipientStructureId: recipients.cotesDArmor.id,
      recipientServiceId: recipients.cotesDArmorService.id,
      historyActorId: supplier.principal.id,
      motif: status === "MISE_A_DISPOSITION" ? undefined : "Pièce manquante",
    });
  return { supplier, recipients, writer: writer.api, reader: reader.api, form, sent };
}

describe("factures of a supplier, through the API", () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp();
  }, 60_000);

  it("submits an invoice to a public recipient and follows it: rechercher by cursor pages, consulter with its history", async () => {
    const first = await s.writer.POST("/factures/soumettre", { body: s.form() });
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({ statut: { code: "DEPOSEE", libelle: expect.any(String) } });
    const second = await s.writer.POST("/factures/soumettre", { body: s.form() });
    const ids = [first.data!.idFacture, second.data!.idFacture];

    const seen: string[] = [];
    let curseur: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { data, response } = await s.reader.POST("/factures/rechercher/fournisseur", { body: { nombreResultats: 1, statut: "DEPOSEE", tri: "numero", ordre: "asc", ...(curseur ? { curseur } : {}) } });
      expect(response.status).toBe(200);
      expect(data!.resultats.length).toBeLessThanOrEqual(1);
      seen.push(...data!.resultats.map((row) => row.idFacture));
      if (!data!.curseurSuivant) break;
      curseur = data!.curseurSuivant;
    }
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen).toEqual(expect.arrayContaining(ids));
    const row = (await s.reader.POST("/factures/rechercher/fournisseur", { body: { numero: first.data!.numeroFacture } })).data!.resultats;
    expect(row).toEqual([expect.objectContaining({ idFacture: ids[0], numeroFacture: first.data!.numeroFacture, montantTTC: "150.00", statut: expect.objectContaining({ code: "DEPOSEE" }) })]);

    const { data: detail } = await s.reader.POST("/factures/consulter/fournisseur", { body: { idFacture: ids[0] } });
    expect(detail).toMatchObject({
      idFacture: ids[0],
      numeroFacture: first.data!.numeroFacture,
      statut: { code: "DEPOSEE" },
      destinataire: { idStructure: s.recipients.cotesDArmor.id, raisonSociale: "DEP COTES-D'ARMOR" },
      lignes: [{ designation: "Fournitures scolaires", quantite: "10", prixUnitaireHT: "12.5", montantHT: "125.00" }],
      montants: { montantHT: "125.00", montantTVA: "25.00", montantTTC: "150.00" },
    });
    expect(detail!.historique.map((entry) => entry.statut.code)).toEqual(["DEPOSEE"]);
    expect(detail!.documents.map((document) => document.typeFichier).sort()).toEqual(["ACCUSE_DEPOT", "FACTURX_PDF", "XML"]);
  }, 60_000);

  it("pages by cursor in the very order of the page's Rechercher, whatever the sort, drafts (never deposited) included", async () => {
    const supplier = await createInvoiceSupplier();
    const { api, userId } = await apiClientFor(supplier.structure.id, EMISES_CONSULTATION);
    for (let i = 0; i < 3; i++) {
      await insertInvoice(supplier, { number: `S-${i}-${randomUUID().slice(0, 6)}`, status: i === 0 ? "SUSPENDUE" : "DEPOSEE", sentAt: new Date(Date.UTC(2026, 2, 1 + i)), totalGross: `${10 - i}.00`, recipientStructureId: s.recipients.brest.id });
      await insertInvoice(supplier, { number: null, status: "BROUILLON", sentAt: null, totalGross: "5.00", recipientStructureId: i === 2 ? s.recipients.cotesDArmor.id : s.recipients.brest.id });
    }
    for (const tri of ["depot", "numero", "destinataire", "etat", "dateEtat", "montant"] as const) {
      for (const ordre of ["asc", "desc"] as const) {
        const seen: string[] = [];
        let curseur: string | undefined;
        for (let page = 0; page < 10; page++) {
          const { data } = await api.POST("/factures/rechercher/fournisseur", { body: { nombreResultats: 2, tri, ordre, ...(curseur ? { curseur } : {}) } });
          seen.push(...data!.resultats.map((row) => row.idFacture));
          if (!data!.curseurSuivant) break;
          curseur = data!.curseurSuivant;
        }
        const pageOrder = (await searchSupplierInvoices({ userId, criteria: { tri, ordre } })).invoices.map((row) => row.id);
        expect([tri, ordre, seen]).toEqual([tri, ordre, pageOrder]);
      }
    }
  }, 60_000);

  it("refuses a cursor of another list, and the form's own rules field by field", async () => {
    const forged = await s.reader.POST("/factures/rechercher/fournisseur", { body: { curseur: "abc.def" } });
    expect([forged.response.status, forged.error?.code]).toEqual([422, "VALIDATION"]);
    const invalid = await s.writer.POST("/factures/soumettre", { body: s.form({ invoiceDate: "2026-02-30", lines: [] }) });
    expect(invalid.response.status).toBe(422);
    expect(invalid.error?.errors).toEqual(expect.arrayContaining([{ path: "invoiceDate", message: "Cette date de facture n'existe pas." }]));
  });

  it("replays a submission with the same Idempotency-Key: the same answer, one invoice, even when sent at once", async () => {
    const body = s.form();
    const key = randomUUID();
    const header = { "Idempotency-Key": key };
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => s.writer.POST("/factures/soumettre", { body, params: { header } })));
    expect([a, b, c].map((call) => call.response.status)).toEqual([201, 201, 201]);
    expect(new Set([a, b, c].map((call) => call.data!.idFacture)).size).toBe(1);
    expect([a, b, c].filter((call) => call.response.headers.get("idempotent-replayed") === "true")).toHaveLength(2);
    expect(await db.invoice.count({ where: { supplierStructureId: s.supplier.structure.id, invoiceNumber: body.invoiceNumber } })).toBe(1);

    const replay = await s.writer.POST("/factures/soumettre", { body, params: { header } });
    expect(replay.data).toEqual(a.data);
    expect(replay.response.headers.get("idempotent-replayed")).toBe("true");

    const other = await s.writer.POST("/factures/soumettre", { body: s.form(), params: { header } });
    expect([other.response.status, other.error?.code]).toEqual([422, "IDEMPOTENCY_KEY_REUSED"]);
  }, 60_000);

  it("deposits a flux (a real CII file, a ZIP) and reads its compte rendu, before and after its processing", async () => {
    const fixture = await s.writer.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "CII_example1.xml", fichierFlux: base64(CII_FIXTURE), syntaxeFlux: "CII" },
    });
    expect(fixture.response.status).toBe(201);
    expect(fixture.data).toMatchObject({ nombreFactures: 1, statut: { code: "EN_COURS" }, numeroFluxDepot: expect.stringMatching(/^FLUX\d{18}$/) });

    const parties = {
      seller: { name: s.supplier.structure.raisonSociale, identifier: s.supplier.structure.identifier, vatId: "FR32123456789" },
      buyer: { name: s.recipients.brest.raisonSociale, siret: s.recipients.brest.identifier, serviceCode: "FACTURES" },
      engagement: (i: number) => `BM${i}`,
    };
    const number = `API-${randomUUID().slice(0, 8)}`;
    const compliantNumber = `CONF-${randomUUID().slice(0, 8)}`;
    const zip = zipSync({
      "lot/facture.xml": new TextEncoder().encode(sampleInvoiceXml(1, parties, { number, syntax: "CII" })),
      "lot/notes.txt": new TextEncoder().encode("pas une facture"),
      "lot/conforme.xml": new TextEncoder().encode(reformCompliantCii(3, parties, { number: compliantNumber })),
    });
    const lot = await s.writer.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "lot.zip", fichierFlux: base64(zip), syntaxeFlux: "ZIP" },
    });
    expect(lot.data).toMatchObject({ nombreFactures: 3, statut: { code: "EN_COURS" } });

    const pending = await s.reader.POST("/factures/consulterCR", { body: { numeroFluxDepot: lot.data!.numeroFluxDepot } });
    expect(pending.data).toMatchObject({ idFlux: lot.data!.idFlux, statut: { code: "EN_COURS" }, nombreFactures: 3 });

    // A Factur-X: its embedded CII is the invoice, the PDF its original.
    const facturXNumber = `FX-${randomUUID().slice(0, 8)}`;
    const { pdf } = await createFacturXPdf(sampleEInvoice(2, parties, { number: facturXNumber }));
    const misnamed = await s.writer.POST("/factures/deposer/flux", { body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "facture.xml", fichierFlux: base64(pdf) } });
    expect([misnamed.response.status, misnamed.error?.errors?.[0]?.path]).toEqual([422, "nomFichier"]);
    const facturX = await s.writer.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "facture.pdf", fichierFlux: base64(pdf), syntaxeFlux: "FACTURX" },
    });
    expect(facturX.data).toMatchObject({ nombreFactures: 1, statut: { code: "EN_COURS" } });

    await runDueJobs(depositFluxJobHandlers, { concurrency: 1, limit: 100 });
    const facturXReport = await s.reader.POST("/factures/consulterCR", { body: { idFlux: facturX.data!.idFlux } });
    expect(facturXReport.data).toMatchObject({ statut: { code: "INTEGRE" }, lignes: [{ statut: { code: "ACCEPTEE" }, numeroFacture: facturXNumber }] });
    const facturXInvoice = await s.reader.POST("/factures/consulter/fournisseur", { body: { idFacture: facturXReport.data!.lignes[0].idFacture! } });
    expect(facturXInvoice.data).toMatchObject({ modeDepot: "XML_MIXTE", piecesJointes: [{ typePieceJointe: "Facture originale", typeMime: "application/pdf" }] });
    const done = await s.reader.POST("/factures/consulterCR", { body: { idFlux: lot.data!.idFlux } });
    expect(done.data).toMatchObject({ statut: { code: "INTEGRE_PARTIELLEMENT" }, nombreAcceptees: 2, nombreRejetees: 1, nombreLignes: 3 });
    const [accepted, rejected, compliant] = done.data!.lignes;
    expect(accepted).toMatchObject({ nomFichier: "lot/facture.xml", statut: { code: "ACCEPTEE" }, numeroFacture: number, idFacture: expect.any(String), erreurs: [] });
    // The reform's rules apart from EN 16931's: the sample gives no legal mentions (BR-FR-05), accepted all the same.
    expect(accepted.avertissementsReforme.map((constat) => constat.regle)).toEqual(expect.arrayContaining(["BR-FR-05", "BR-FR-10"]));
    expect(accepted.avertissementsReforme.every((constat) => constat.severite === "warning")).toBe(true);
    expect(compliant).toMatchObject({ nomFichier: "lot/conforme.xml", statut: { code: "ACCEPTEE" }, numeroFacture: compliantNumber, erreurs: [], avertissementsReforme: [] });
    expect(rejected).toMatchObject({ nomFichier: "lot/notes.txt", statut: { code: "REJETEE" }, idFacture: null, avertissementsReforme: [] });
    expect(rejected.erreurs[0].message).toMatch(/n'est pas un XML/);
    // Its lines by cursor, one at a time, then only the rejected ones.
    const firstLine = await s.reader.POST("/factures/consulterCR", { body: { idFlux: lot.data!.idFlux, nombreResultats: 1 } });
    expect(firstLine.data!.lignes.map((line) => line.position)).toEqual([1]);
    const secondLine = await s.reader.POST("/factures/consulterCR", { body: { idFlux: lot.data!.idFlux, nombreResultats: 1, curseur: firstLine.data!.curseurSuivant! } });
    expect(secondLine.data!.lignes.map((line) => line.position)).toEqual([2]);
    const rejectedOnly = await s.reader.POST("/factures/consulterCR", { body: { numeroFluxDepot: lot.data!.numeroFluxDepot, statutLigne: "REJETEE" } });
    expect([rejectedOnly.data!.lignes.map((line) => line.nomFichier), rejectedOnly.data!.nombreLignes]).toEqual([["lot/notes.txt"], 1]);
    const otherFlux = await s.reader.POST("/factures/consulterCR", { body: { idFlux: fixture.data!.idFlux, curseur: firstLine.data!.curseurSuivant! } });
    expect([otherFlux.response.status, otherFlux.error?.errors?.[0]?.path]).toEqual([422, "curseur"]);
    const invoice = await s.reader.POST("/factures/consulter/fournisseur", { body: { idFacture: accepted.idFacture! } });
    expect(invoice.data?.numeroFacture).toBe(number);

    // The fixture names a buyer who is not in the directory: refused, with its reasons.
    const fixtureReport = await s.reader.POST("/factures/consulterCR", { body: { idFlux: fixture.data!.idFlux } });
    expect(fixtureReport.data).toMatchObject({ statut: { code: "REJETE" }, lignes: [{ statut: { code: "REJETEE" } }] });
    expect(fixtureReport.data!.lignes[0].erreurs.length).toBeGreaterThan(0);
    expect(fixtureReport.data!.lignes[0].erreurs.some((constat) => constat.regle.startsWith("BR-FR"))).toBe(false);
    expect(fixtureReport.data!.lignes[0].avertissementsReforme.map((constat) => constat.regle)).toContain("BR-FR-05");

    const wrong = await s.writer.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "lot.zip", fichierFlux: base64(CII_FIXTURE), syntaxeFlux: "ZIP" },
    });
    expect([wrong.response.status, wrong.error?.errors?.[0]?.path]).toEqual([422, "syntaxeFlux"]);
    // The use case's refusals name the body's fields.
    const empty = await s.writer.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "vide.zip", fichierFlux: base64(zipSync({ "lisez-moi.txt": new TextEncoder().encode("rien") })) },
    });
    expect([empty.response.status, empty.error?.errors]).toEqual([422, [{ path: "fichierFlux", message: expect.stringMatching(/aucun fichier XML/) }]]);
    const service = await s.writer.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, idService: s.recipients.brestService.id, cadreFacturation: "A1", nomFichier: "f.xml", fichierFlux: base64(CII_FIXTURE) },
    });
    expect([service.response.status, service.error?.errors?.[0]?.path]).toEqual([422, "idService"]);
  }, 120_000);

  it("completes a suspended invoice with a file, recycles one sent back; a consultation-only account is refused both (403)", async () => {
    const suspended = await s.sent("SUSPENDUE");
    const body = { idFacture: suspended.id, commentaire: "Voici le bon de commande.", piecesJointes: [{ nomFichier: "bon.pdf", typePieceJointe: "Bon de commande" as const, contenu: base64(PDF) }] };
    const refused = await s.reader.POST("/factures/completer", { body });
    expect([refused.response.status, refused.error?.code]).toEqual([403, "FORBIDDEN"]);
    expect(refused.error?.detail).toMatch(/^Votre droit sur l'espace .+ est la consultation : vous ne pouvez pas .+\.$/);
    const completed = await s.writer.POST("/factures/completer", { body });
    expect(completed.data).toMatchObject({ idFacture: suspended.id, statut: { code: "COMPLETEE" } });
    expect(await db.invoiceAttachment.count({ where: { invoiceId: suspended.id, fileName: "bon.pdf", type: "Bon de commande" } })).toBe(1);
    const notAFile = await s.writer.POST("/factures/completer", { body: { ...body, piecesJointes: [{ nomFichier: "x.exe", typePieceJointe: "Autre", contenu: base64(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3])) }] } });
    expect([notAFile.response.status, notAFile.error?.errors?.[0]?.path]).toEqual([422, "piecesJointes"]);
    const again = await s.writer.POST("/factures/completer", { body });
    expect([again.response.status, again.error?.code]).toEqual([409, "CONFLICT"]);

    const toRecycle = await s.sent("A_RECYCLER");
    const recycling = { idFacture: toRecycle.id, recipientStructureId: s.recipients.cotesDArmor.id, recipientServiceId: s.recipients.cotesDArmorService.id, engagementNumber: "12345" };
    expect((await s.reader.POST("/factures/recycler", { body: recycling })).response.status).toBe(403);
    const recycled = await s.writer.POST("/factures/recycler", { body: recycling });
    expect(recycled.data).toMatchObject({ idFacture: toRecycle.id, statut: { code: "DEPOSEE" } });

    const submitted = await s.reader.POST("/factures/soumettre", { body: s.form() });
    expect([submitted.response.status, submitted.error?.code]).toEqual([403, "FORBIDDEN"]);
    expect(submitted.error?.detail).toMatch(/consultation/);
  }, 60_000);

  it("downloads an invoice's files, and several as one ZIP", async () => {
    const a = (await s.writer.POST("/factures/soumettre", { body: s.form() })).data!;
    const b = (await s.writer.POST("/factures/soumettre", { body: s.form() })).data!;
    const pdf = await s.reader.POST("/factures/telecharger", { body: { idFacture: a.idFacture, typeFichier: "FACTURX_PDF" }, parseAs: "arrayBuffer" });
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode(new Uint8Array(pdf.data as unknown as ArrayBuffer).subarray(0, 5))).toBe("%PDF-");

    const { data: detail } = await s.reader.POST("/factures/consulter/fournisseur", { body: { idFacture: a.idFacture } });
    const xml = await s.reader.POST("/factures/telecharger", { body: { idFacture: a.idFacture, typeFichier: "XML" }, parseAs: "text" });
    expect(xml.data as string).toContain(a.numeroFacture);
    expect(detail!.documents.find((document) => document.typeFichier === "XML")).toBeTruthy();

    const withAttachment = await s.sent("MISE_A_DISPOSITION");
    const stored = await db.invoiceAttachment.create({
      data: { invoiceId: withAttachment.id, type: "Devis", designation: "Devis", fileName: "devis.pdf", extension: "pdf", mimeType: "application/pdf", size: PDF.length, sha256: "2".repeat(64), content: PDF },
    });
    const listed = (await s.reader.POST("/factures/consulter/fournisseur", { body: { idFacture: withAttachment.id } })).data!.piecesJointes;
    expect(listed).toEqual([expect.objectContaining({ idPieceJointe: stored.id, nomFichier: "devis.pdf", typePieceJointe: "Devis", taille: PDF.length })]);
    const attachment = await s.reader.POST("/factures/telecharger", { body: { idFacture: withAttachment.id, typeFichier: "PIECE_JOINTE", idPieceJointe: stored.id }, parseAs: "arrayBuffer" });
    expect(new Uint8Array(attachment.data as unknown as ArrayBuffer)).toEqual(PDF);
    const noId = await s.reader.POST("/factures/telecharger", { body: { idFacture: withAttachment.id, typeFichier: "PIECE_JOINTE" } });
    expect([noId.response.status, noId.error?.errors?.[0]?.path]).toEqual([422, "idPieceJointe"]);
    const otherInvoice = await s.reader.POST("/factures/telecharger", { body: { idFacture: a.idFacture, typeFichier: "PIECE_JOINTE", idPieceJointe: stored.id } });
    expect(otherInvoice.response.status).toBe(404);

    const group = await s.reader.POST("/factures/telecharger/groupe", { body: { idFactures: [a.idFacture, b.idFacture], typeFichier: "XML" }, parseAs: "arrayBuffer" });
    expect(group.response.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(group.data as unknown as ArrayBuffer));
    expect(Object.keys(files)).toHaveLength(2);
    expect(Object.values(files).map((file) => strFromU8(file)).join()).toContain(b.numeroFacture);
  }, 60_000);

  it("answers 404 for another structure's invoice or flux, in every operation, and for a group that holds one", async () => {
    const other = await setUp();
    const foreign = (await other.writer.POST("/factures/soumettre", { body: other.form() })).data!;
    const mine = (await s.writer.POST("/factures/soumettre", { body: s.form() })).data!;

    const read = await s.writer.POST("/factures/consulter/fournisseur", { body: { idFacture: foreign.idFacture } });
    expect([read.response.status, read.error?.code, read.error?.detail]).toEqual([404, "NOT_FOUND", "Facture introuvable."]);
    expect((await s.writer.POST("/factures/consulter/fournisseur", { body: { idFacture: "pas-un-identifiant" } })).response.status).toBe(404);
    expect((await s.writer.POST("/factures/telecharger", { body: { idFacture: foreign.idFacture, typeFichier: "FACTURX_PDF" } })).response.status).toBe(404);
    const group = await s.writer.POST("/factures/telecharger/groupe", { body: { idFactures: [mine.idFacture, foreign.idFacture], typeFichier: "FACTURX_PDF" } });
    expect([group.response.status, group.error?.code]).toEqual([404, "NOT_FOUND"]);
    const complete = await s.writer.POST("/factures/completer", { body: { idFacture: foreign.idFacture, commentaire: "Voici." } });
    expect(complete.response.status).toBe(404);
    const search = await s.writer.POST("/factures/rechercher/fournisseur", { body: { numero: foreign.numeroFacture } });
    expect(search.data?.resultats).toEqual([]);
    expect((await s.writer.POST("/factures/rechercher/fournisseur", { body: { structure: other.supplier.structure.id } })).response.status).toBe(404);
    const submitted = await s.writer.POST("/factures/soumettre", { body: invoiceFormTo(other.supplier.structure.id, { structureId: s.recipients.cotesDArmor.id, serviceId: s.recipients.cotesDArmorService.id }) });
    expect(submitted.response.status).toBe(404);

    const flux = (
      await other.writer.POST("/factures/deposer/flux", { body: { idStructure: other.supplier.structure.id, cadreFacturation: "A1", nomFichier: "f.xml", fichierFlux: base64(CII_FIXTURE) } })
    ).data!;
    expect((await s.reader.POST("/factures/consulterCR", { body: { numeroFluxDepot: flux.numeroFluxDepot } })).response.status).toBe(404);
  }, 120_000);
});
