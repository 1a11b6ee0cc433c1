// The deposit checks the quoted engagement too, not only the routing: sent to a structure that requires an existing
// engagement, an invoice quoting an unknown or closed one is accepted (nothing accepted is lost) and is À recycler at
// once, in the same transaction, with the routing's own motif; the supplier is told on the confirmation. Each way
// in: Saisir facture (Valider et envoyer), Déposer facture (a file, then sent), Dépôt par lot, and the API
// (factures/soumettre, factures/deposer/flux). The routing still checks an engagement closed after the deposit.
import { randomInt } from "node:crypto";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCii } from "@/features/einvoice/index.ts";
import { depositFluxJobHandlers } from "@/features/invoices/batch/index.ts";
import { createDepositFlux } from "@/features/invoices/batch/use-cases/create-deposit-flux.ts";
import { getDepositFlux } from "@/features/invoices/batch/use-cases/get-deposit-flux.ts";
import { depositInvoiceFile } from "@/features/invoices/deposit/use-cases/deposit-invoice-file.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import { recycledOnSendingNotice, routeInvoice } from "@/features/invoices/lifecycle/index.ts";
import { db } from "@/server/db.ts";
import { runDueJobs } from "@/server/jobs/run-jobs.ts";
import { sampleEInvoice, sampleInvoiceXml, type SampleParties } from "../../../scripts/lib/sample-einvoices.ts";
import { apiClientFor } from "../api/support/api-client.ts";
import { createInvoiceSupplier, createPublicStructure, invoiceFormTo } from "../factories.ts";

const UNKNOWN_MOTIF = (number: string) => `Acheminement impossible : L'engagement ${number} n'est pas un engagement connu du destinataire pour ce fournisseur.`;
const CLOSED_MOTIF = (number: string) => `Acheminement impossible : L'engagement ${number} est clôturé.`;
const encode = (text: string) => new TextEncoder().encode(text);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** A SIRET that passes the Luhn check (the directory's and the files' identifier of the buyer). */
function luhnSiret(): string {
  const body = String(randomInt(10 ** 12, 10 ** 13));
  for (let last = 0; last < 10; last++) {
    const digits = `${body}${last}`;
    const sum = [...digits].reverse().reduce((total, digit, index) => {
      const doubled = index % 2 === 1 ? Number(digit) * 2 : Number(digit);
      return total + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
    if (sum % 10 === 0) return digits;
  }
  throw new Error("unreachable");
}

/** A buyer requiring an existing engagement (service COLLEGE), its supplier's open engagement 1xxxxx and closed one 2xxxxx. */
async function setUp() {
  const supplier = await createInvoiceSupplier();
  const buyer = await createPublicStructure({ identifier: luhnSiret(), raisonSociale: `COMMUNE ${randomInt(1000, 9999)}`, services: [{ code: "COLLEGE", libelle: "Collèges" }] });
  await db.structure.update({ where: { id: buyer.id }, data: { engagementExistantObligatoire: true } });
  const college = await db.service.findFirstOrThrow({ where: { structureId: buyer.id } });
  const suffix = String(randomInt(10_000, 99_999));
  const open = `1${suffix}`;
  const closed = `2${suffix}`;
  const unknown = `9${suffix}`;
  const engagement = { structureId: buyer.id, supplierIdentifier: supplier.structure.identifier.toUpperCase(), amount: "5000.00", startDate: new Date("2026-01-01T00:00:00Z"), createdById: supplier.principal.id };
  await db.engagement.createMany({ data: [{ ...engagement, number: open }, { ...engagement, number: closed, status: "CLOTURE", closedAt: new Date() }] });
  const form = (engagementNumber: string) => invoiceFormTo(supplier.structure.id, { structureId: buyer.id, serviceId: college.id }, { engagementNumber });
  const parties = (engagementNumber: string): SampleParties => ({
    seller: { name: supplier.structure.raisonSociale, identifier: supplier.structure.identifier, vatId: "FR32123456789" },
    buyer: { name: buyer.raisonSociale, siret: buyer.identifier, serviceCode: "COLLEGE" },
    engagement: () => engagementNumber,
  });
  return { supplier, userId: supplier.principal.id, buyer, open, closed, unknown, form, parties };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

/** The invoice's status, its last motif, and whether a routing job waits for it. */
async function stateOf(invoiceId: string) {
  const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } });
  const last = await db.invoiceHistory.findFirstOrThrow({ where: { invoiceId }, orderBy: { createdAt: "desc" } });
  const routings = await db.job.count({ where: { singletonKey: { startsWith: `invoice-routing:${invoiceId}:` } } });
  return { status: invoice.status, motif: last.motif, routings };
}

describe("the deposit checks the quoted engagement when the recipient requires one", () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setUp();
  }, 60_000);

  it("Saisir facture, Valider et envoyer: open → DEPOSEE and routed; unknown or closed → accepted, À recycler at once, the motif told", async () => {
    const valid = await sendInvoice({ userId: s.userId, input: s.form(s.open) });
    expect(valid.recycledMotif).toBeNull();
    expect(await stateOf(valid.invoiceId)).toEqual({ status: "DEPOSEE", motif: null, routings: 1 });

    const unknown = await sendInvoice({ userId: s.userId, input: s.form(s.unknown) });
    expect(unknown.recycledMotif).toBe(UNKNOWN_MOTIF(s.unknown));
    expect(await stateOf(unknown.invoiceId)).toEqual({ status: "A_RECYCLER", motif: UNKNOWN_MOTIF(s.unknown), routings: 0 });
    // The history says it was sent, taken on its way and sent back, in that order.
    const history = await db.invoiceHistory.findMany({ where: { invoiceId: unknown.invoiceId }, orderBy: { createdAt: "asc" } });
    expect(history.map((row) => row.status)).toEqual(["DEPOSEE", "EN_COURS_ACHEMINEMENT", "A_RECYCLER"]);

    const closed = await sendInvoice({ userId: s.userId, input: s.form(s.closed) });
    expect(closed.recycledMotif).toBe(CLOSED_MOTIF(s.closed));
    expect(await stateOf(closed.invoiceId)).toEqual({ status: "A_RECYCLER", motif: CLOSED_MOTIF(s.closed), routings: 0 });
  });

  it("Déposer facture: the deposited file's draft, sent, is checked the same way", async () => {
    const deposited = async (engagementNumber: string) => {
      const einvoice = sampleEInvoice(1, s.parties(engagementNumber), { number: `DEP-${engagementNumber}-${randomInt(1000, 9999)}` });
      const bytes = encode(writeCii(einvoice));
      const draft = await depositInvoiceFile({ userId: s.userId, input: { supplierStructureId: s.supplier.structure.id, cadre: "A1", format: "XML_STRUCTURE", file: { name: "facture.xml", bytes } } });
      const shown = await getInvoice({ userId: s.userId, invoiceId: draft.invoiceId });
      expect(shown.form.engagementNumber).toBe(engagementNumber);
      const sent = await sendInvoice({ userId: s.userId, input: shown.form });
      return { recycledMotif: sent.recycledMotif, ...(await stateOf(sent.invoiceId)) };
    };
    expect(await deposited(s.open)).toEqual({ recycledMotif: null, status: "DEPOSEE", motif: null, routings: 1 });
    expect(await deposited(s.unknown)).toEqual({ recycledMotif: UNKNOWN_MOTIF(s.unknown), status: "A_RECYCLER", motif: UNKNOWN_MOTIF(s.unknown), routings: 0 });
    expect(await deposited(s.closed)).toEqual({ recycledMotif: CLOSED_MOTIF(s.closed), status: "A_RECYCLER", motif: CLOSED_MOTIF(s.closed), routings: 0 });
  });

  it("Dépôt par lot: every file accepted; those quoting an unknown or closed engagement À recycler, the compte rendu warning why", async () => {
    const files = [s.open, s.unknown, s.closed].map((engagementNumber, i) => ({
      name: `facture-${i}.xml`,
      bytes: encode(sampleInvoiceXml(i + 1, s.parties(engagementNumber), { number: `LOT-${engagementNumber}` })),
    }));
    const created = await createDepositFlux({ userId: s.userId, input: { supplierStructureId: s.supplier.structure.id, cadre: "A1", files } });
    await runDueJobs(depositFluxJobHandlers, { concurrency: 1, limit: 100 });

    const flux = await getDepositFlux({ userId: s.userId, fluxId: created.fluxId });
    expect(flux).toMatchObject({ status: "INTEGRE", acceptedCount: 3, rejectedCount: 0 });
    const [valid, unknown, closed] = flux.items;
    expect([valid.status, valid.findings]).toEqual(["ACCEPTEE", []]);
    expect(await stateOf(valid.invoiceId!)).toEqual({ status: "DEPOSEE", motif: null, routings: 1 });
    expect(unknown.findings).toEqual([{ rule: "PORTAIL-ENGAGEMENT", severity: "warning", message: recycledOnSendingNotice(UNKNOWN_MOTIF(s.unknown)), location: "BT-13" }]);
    expect(await stateOf(unknown.invoiceId!)).toEqual({ status: "A_RECYCLER", motif: UNKNOWN_MOTIF(s.unknown), routings: 0 });
    expect(closed.findings).toEqual([{ rule: "PORTAIL-ENGAGEMENT", severity: "warning", message: recycledOnSendingNotice(CLOSED_MOTIF(s.closed)), location: "BT-13" }]);
    expect(await stateOf(closed.invoiceId!)).toEqual({ status: "A_RECYCLER", motif: CLOSED_MOTIF(s.closed), routings: 0 });
  });

  it("API factures/soumettre answers A_RECYCLER with the motif in avertissements; factures/deposer/flux's compte rendu warns", async () => {
    const { api } = await apiClientFor(s.supplier.structure.id, [{ espace: "FACTURES_EMISES", modification: true }]);
    const submit = async (engagementNumber: string) => (await api.POST("/factures/soumettre", { body: s.form(engagementNumber) })).data!;
    expect(await submit(s.open)).toMatchObject({ statut: { code: "DEPOSEE" }, avertissements: [] });
    expect(await submit(s.unknown)).toMatchObject({ statut: { code: "A_RECYCLER" }, avertissements: [recycledOnSendingNotice(UNKNOWN_MOTIF(s.unknown))] });
    expect(await submit(s.closed)).toMatchObject({ statut: { code: "A_RECYCLER" }, avertissements: [recycledOnSendingNotice(CLOSED_MOTIF(s.closed))] });

    const zip = zipSync(
      Object.fromEntries([s.open, s.unknown, s.closed].map((engagementNumber, i) => [`lot/facture-${i}.xml`, encode(sampleInvoiceXml(i + 1, s.parties(engagementNumber), { number: `API-${engagementNumber}` }))])),
    );
    const flux = await api.POST("/factures/deposer/flux", {
      body: { idStructure: s.supplier.structure.id, cadreFacturation: "A1", nomFichier: "lot.zip", fichierFlux: base64(zip), syntaxeFlux: "ZIP" },
    });
    expect(flux.response.status).toBe(201);
    await runDueJobs(depositFluxJobHandlers, { concurrency: 1, limit: 100 });
    const report = (await api.POST("/factures/consulterCR", { body: { idFlux: flux.data!.idFlux } })).data!;
    expect(report).toMatchObject({ statut: { code: "INTEGRE" }, nombreAcceptees: 3 });
    const statuses = await Promise.all(report.lignes.map(async (line) => (await api.POST("/factures/consulter/fournisseur", { body: { idFacture: line.idFacture! } })).data!.statut.code));
    expect(statuses).toEqual(["DEPOSEE", "A_RECYCLER", "A_RECYCLER"]);
    expect(report.lignes.map((line) => line.erreurs.map((error) => error.message))).toEqual([
      [],
      [recycledOnSendingNotice(UNKNOWN_MOTIF(s.unknown))],
      [recycledOnSendingNotice(CLOSED_MOTIF(s.closed))],
    ]);
  });

  it("the routing still checks: an engagement closed between the deposit and the routing sends the invoice À recycler", async () => {
    const sent = await sendInvoice({ userId: s.userId, input: s.form(s.open) });
    expect(sent.recycledMotif).toBeNull();
    await db.engagement.updateMany({ where: { structureId: s.buyer.id, number: s.open }, data: { status: "CLOTURE", closedAt: new Date() } });
    expect(await routeInvoice({ invoiceId: sent.invoiceId })).toBe("A_RECYCLER");
    expect((await stateOf(sent.invoiceId)).motif).toBe(CLOSED_MOTIF(s.open));
  });
});
