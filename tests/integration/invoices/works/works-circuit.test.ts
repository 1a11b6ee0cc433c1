// The works circuit on a real database (issue 14): a projet de décompte mensuel goes to the maîtrise d'œuvre, which
// passes it on (amounts corrected with a comment) to the maître d'ouvrage as an état d'acompte, refuses it, or asks
// the supplier to complete it; the MOA processes it in Factures reçues through payment; each step has its history,
// fil d'événements and e-mails; the amounts carry from statement to statement; a foreign document is not found.
import { describe, expect, it } from "vitest";
import { parseXml, readCii, fatalFindings, validateEInvoice } from "@/features/einvoice/index.ts";
import { changeInvoiceStatus } from "@/features/invoices/lifecycle/index.ts";
import {
  askWorksDocumentCompletion,
  completeWorksDocument,
  getWorksDocument,
  listWorksDocuments,
  passOverdueWorksDocuments,
  passWorksDocumentToMoa,
  recycleWorksDocument,
  refuseWorksDocument,
} from "@/features/invoices/works/index.ts";
import { db } from "@/server/db.ts";
import { AppError } from "@/server/errors.ts";
import { attach, createUser } from "../../factories.ts";
import { createWorksMarket, routeAll, statusOf } from "./works-fixtures.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const code = (promise: Promise<unknown>) => promise.then(() => "OK", (error: unknown) => (error instanceof AppError ? error.code : String(error)));
const historyOf = (invoiceId: string) => db.invoiceHistory.findMany({ where: { invoiceId }, orderBy: { createdAt: "asc" }, select: { status: true, motif: true, comment: true, actorStructureId: true } });

describe("a projet de décompte mensuel (A4)", () => {
  it("reaches the MOE with a 7-day deadline, a Factur-X 875 naming the marché, and the MOE and the supplier told", async () => {
    const market = await createWorksMarket();
    const now = new Date("2026-12-01T09:00:00Z");
    const submitted = await market.submit({ engagementNumber: "EJ-1" }, now);
    expect(submitted).toMatchObject({ status: "MISE_A_DISPOSITION_MOE", statementNumber: 1, previousStatements: "0.00", net: "38000.00", gross: "45600.00" });
    const works = await db.worksDocument.findUniqueOrThrow({ where: { invoiceId: submitted.invoiceId } });
    expect(works.moeDeadline).toEqual(new Date(now.getTime() + 7 * DAY_MS));
    expect(works.documentType).toBe("PROJET_DECOMPTE_MENSUEL");

    const xml = await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId: submitted.invoiceId, kind: "CII_XML" } } });
    const read = readCii(parseXml(new TextDecoder().decode(xml.content)));
    expect(read.invoice.typeCode).toBe("875");
    expect(read.invoice.contractReference).toBe(market.marketNumber);
    expect(read.invoice.purchaseOrderReference).toBe("EJ-1");
    expect(read.invoice.businessProcess).toBe("A4");
    expect(fatalFindings(validateEInvoice(read.invoice, read.syntaxFindings, read.syntax))).toEqual([]);

    expect(await historyOf(submitted.invoiceId)).toEqual([{ status: "MISE_A_DISPOSITION_MOE", motif: null, comment: null, actorStructureId: market.supplier.structure.id }]);
    const moeEvents = await db.event.findMany({ where: { userId: market.moe.principal.id, espace: "FACTURES_TRAVAUX_RECUES" } });
    expect(moeEvents.map((event) => event.type)).toEqual(["TRAVAUX_A_TRAITER_MOE"]);
    const supplierEvents = await db.event.findMany({ where: { userId: market.supplier.principal.id, espace: "FACTURES_TRAVAUX" } });
    expect(supplierEvents.map((event) => event.type)).toEqual(["TRAVAUX_DEPOSE"]);
    const moeMails = await db.outboxMessage.count({ where: { to: market.moe.principal.loginEmail } });
    expect(moeMails).toBe(1);
  });

  it("the MOE corrects an amount with a comment and passes it on; the MOA receives the admitted amount and pays it; the supplier sees each step", async () => {
    const market = await createWorksMarket();
    const { invoiceId } = await market.submit();
    expect(await code(passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: { worksToDate: "35000" } }))).toBe("VALIDATION");
    const passed = await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: { worksToDate: "35 000,00", comment: "Lot 2 non achevé au 30/11." } });
    expect(passed.status).toBe("TRANSMISE_MOA");
    await routeAll();
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { totalNet: true, totalGross: true } });
    expect([invoice.totalNet.toFixed(2), invoice.totalGross.toFixed(2)]).toEqual(["33000.00", "39600.00"]);

    for (const action of ["SERVICE_FAIT", "MANDATER", "COMPTABILISER", "METTRE_EN_PAIEMENT"] as const) {
      await changeInvoiceStatus({ userId: market.moa.principal.id, invoiceId, action });
    }
    expect(await statusOf(invoiceId)).toBe("MISE_EN_PAIEMENT");

    const seen = await getWorksDocument({ userId: market.supplier.principal.id, invoiceId });
    expect(seen.documentType).toBe("ETAT_ACOMPTE");
    expect(seen.supplierAmounts.worksToDate).toBe("40000.00");
    expect(seen.admittedAmounts).toMatchObject({ worksToDate: "35000.00", net: "33000.00", gross: "39600.00" });
    expect(seen.moeComment).toBe("Lot 2 non achevé au 30/11.");
    expect(seen.history.map((row) => row.status)).toEqual(["MISE_A_DISPOSITION_MOE", "TRANSMISE_MOA", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE", "COMPTABILISEE", "MISE_EN_PAIEMENT"]);
    const supplierEvents = await db.event.findMany({ where: { userId: market.supplier.principal.id }, select: { espace: true, link: true } });
    expect(supplierEvents.every((event) => event.espace === "FACTURES_TRAVAUX" && event.link === `/factures-travaux/${invoiceId}`)).toBe(true);
    const moaWorksEvents = await db.event.findMany({ where: { userId: market.moa.principal.id, espace: "FACTURES_TRAVAUX_RECUES" }, select: { type: true } });
    expect(moaWorksEvents.map((event) => event.type)).toEqual(["TRAVAUX_TRANSMIS_MOA"]);
  });

  it("passed on without correction keeps the supplier's amounts and needs no comment", async () => {
    const market = await createWorksMarket();
    const { invoiceId } = await market.submit();
    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {} });
    const works = await db.worksDocument.findUniqueOrThrow({ where: { invoiceId } });
    expect([works.moeWorksToDate, works.moeRetention, works.moeAdvanceRepayment]).toEqual([null, null, null]);
    expect((await getWorksDocument({ userId: market.moe.principal.id, invoiceId })).admittedAmounts.gross).toBe("45600.00");
  });

  it("refused by the MOE with a motif: final, and nothing moves it any more", async () => {
    const market = await createWorksMarket();
    const { invoiceId } = await market.submit();
    expect(await code(refuseWorksDocument({ userId: market.moe.principal.id, invoiceId, input: { motif: " " } }))).toBe("VALIDATION");
    await refuseWorksDocument({ userId: market.moe.principal.id, invoiceId, input: { motif: "Marché résilié" } });
    expect(await statusOf(invoiceId)).toBe("REFUSEE_MOE");
    expect((await historyOf(invoiceId)).at(-1)).toMatchObject({ status: "REFUSEE_MOE", motif: "Marché résilié" });
    expect(await code(passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {} }))).toBe("CONFLICT");
    expect(await code(completeWorksDocument({ userId: market.supplier.principal.id, invoiceId, input: {} }))).toBe("CONFLICT");
  });

  it("asked to be completed: the supplier completes it, back to the MOE with a new deadline", async () => {
    const market = await createWorksMarket();
    const { invoiceId } = await market.submit({}, new Date("2026-12-01T09:00:00Z"));
    await askWorksDocumentCompletion({ userId: market.moe.principal.id, invoiceId, input: { motif: "Joindre le métré du lot 2" } });
    expect(await statusOf(invoiceId)).toBe("A_COMPLETER");
    expect(await code(passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {} }))).toBe("CONFLICT");
    expect(await code(recycleWorksDocument({ userId: market.supplier.principal.id, invoiceId, input: {} }))).toBe("CONFLICT");
    const completedAt = new Date("2026-12-05T10:00:00Z");
    await completeWorksDocument({ userId: market.supplier.principal.id, invoiceId, input: { comment: "Métré joint." }, now: completedAt });
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION_MOE");
    expect((await db.worksDocument.findUniqueOrThrow({ where: { invoiceId } })).moeDeadline).toEqual(new Date(completedAt.getTime() + 7 * DAY_MS));
  });

  it("the MOE's 7 days over: the platform passes it on to the MOA with the supplier's amounts; not a minute earlier", async () => {
    const market = await createWorksMarket();
    const sentAt = new Date("2026-12-01T09:00:00Z");
    const { invoiceId } = await market.submit({}, sentAt);
    expect(await passOverdueWorksDocuments({ now: new Date(sentAt.getTime() + 7 * DAY_MS - 60_000) })).not.toContain(invoiceId);
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION_MOE");
    expect(await passOverdueWorksDocuments({ now: new Date(sentAt.getTime() + 7 * DAY_MS) })).toContain(invoiceId);
    expect(await statusOf(invoiceId)).toBe("ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE");
    await routeAll();
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
    expect(await code(passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {} }))).toBe("CONFLICT");
    const moeEvents = await db.event.findMany({ where: { userId: market.moe.principal.id }, select: { type: true } });
    expect(moeEvents.map((event) => event.type)).toContain("TRAVAUX_TRANSMIS_HORS_DELAI");
  });

  it("the MOE's decision and the platform's run at the deadline, at once: one of them moves it, once", async () => {
    const market = await createWorksMarket();
    const sentAt = new Date("2026-12-01T09:00:00Z");
    const { invoiceId } = await market.submit({}, sentAt);
    const deadline = new Date(sentAt.getTime() + 7 * DAY_MS);
    const [decision] = await Promise.all([
      code(passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {}, now: deadline })),
      passOverdueWorksDocuments({ now: deadline }),
    ]);
    const moves = (await historyOf(invoiceId)).map((row) => row.status).filter((status) => status !== "MISE_A_DISPOSITION_MOE");
    expect(moves).toHaveLength(1);
    expect(moves[0]).toBe(decision === "OK" ? "TRANSMISE_MOA" : "ABSENCE_VALIDATION_MOE_DELAI_REGLEMENTAIRE");
  });

  it("suspended by the MOA: the supplier completes it from Factures de travaux; sent back À recycler: recycled to the MOA", async () => {
    const market = await createWorksMarket();
    const { invoiceId } = await market.submit();
    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId, input: {} });
    await routeAll();
    await changeInvoiceStatus({ userId: market.moa.principal.id, invoiceId, action: "SUSPENDRE", motif: "Attestation d'assurance manquante" });
    await completeWorksDocument({ userId: market.supplier.principal.id, invoiceId, input: { comment: "Attestation jointe." } });
    expect(await statusOf(invoiceId)).toBe("COMPLETEE");
    await changeInvoiceStatus({ userId: market.moa.principal.id, invoiceId, action: "A_RECYCLER", motif: "Service erroné" });
    await recycleWorksDocument({ userId: market.supplier.principal.id, invoiceId, input: {} });
    expect(await statusOf(invoiceId)).toBe("DEPOSEE");
    await routeAll();
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION");
  });
});

describe("the chain of a marché: amounts carried from statement to statement", () => {
  it("each statement carries the previous one's admitted works to date; a refused one no longer counts", async () => {
    const market = await createWorksMarket();
    const first = await market.submit({ worksToDate: "40000", retention: "2000" });
    await passWorksDocumentToMoa({ userId: market.moe.principal.id, invoiceId: first.invoiceId, input: { worksToDate: "35000", comment: "Lot 2 inachevé." } });
    const second = await market.submit({ worksToDate: "60000", retention: "1250", advanceRepayment: "1000" });
    expect(second).toMatchObject({ statementNumber: 2, previousStatements: "35000.00", net: "22750.00", gross: "27300.00" });
    expect((await db.worksDocument.findUniqueOrThrow({ where: { invoiceId: second.invoiceId } })).previousDocumentId).toBe(first.invoiceId);
    const xml = await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId: second.invoiceId, kind: "CII_XML" } } });
    expect(readCii(parseXml(new TextDecoder().decode(xml.content))).invoice.precedingInvoices?.map((p) => p.number)).toEqual([first.number]);

    await refuseWorksDocument({ userId: market.moe.principal.id, invoiceId: second.invoiceId, input: { motif: "Situation en double" } });
    const third = await market.submit({ worksToDate: "58000", retention: "0" });
    expect(third).toMatchObject({ statementNumber: 3, previousStatements: "35000.00", net: "23000.00" });

    expect(await code(market.submit({ worksToDate: "30000" }))).toBe("VALIDATION");
    expect(await code(market.submit({ worksToDate: "59000", retention: "2000" }))).toBe("VALIDATION");
  });

  it("another marché, or another MOA, starts its own chain", async () => {
    const market = await createWorksMarket();
    await market.submit({ worksToDate: "40000" });
    const other = await market.submit({ marketNumber: "AUTRE-MARCHE", worksToDate: "10000", retention: "0" });
    expect(other).toMatchObject({ statementNumber: 1, previousStatements: "0.00" });
  });
});

describe("the cadres and their inputs", () => {
  it("A5, A6, A8 go straight to the MOA (no MOE), a projet de décompte final is BT-3 876, a DGD 877", async () => {
    const market = await createWorksMarket();
    const direct = await market.submit({ cadre: "A8", moeStructureId: "", worksToDate: "1000", retention: "0" });
    expect(direct.status).toBe("DEPOSEE");
    await routeAll();
    expect(await statusOf(direct.invoiceId)).toBe("MISE_A_DISPOSITION");
    const xmlOf = async (invoiceId: string) =>
      readCii(parseXml(new TextDecoder().decode((await db.invoiceDocument.findUniqueOrThrow({ where: { invoiceId_kind: { invoiceId, kind: "CII_XML" } } })).content))).invoice.typeCode;
    expect(await xmlOf(direct.invoiceId)).toBe("877");
    const final = await market.submit({ cadre: "A7", marketNumber: "FINAL-1", worksToDate: "1000", retention: "0" });
    expect(await xmlOf(final.invoiceId)).toBe("876");
  });

  it("refuses each missing party on its field: the MOE of a projet de décompte, the titulaire of a sous-traitant, a private MOA, a taken number", async () => {
    const market = await createWorksMarket();
    const fields = async (promise: Promise<unknown>) => promise.then(() => ({}), (error: { fieldErrors?: Record<string, string> }) => Object.keys(error.fieldErrors ?? {}));
    expect(await fields(market.submit({ moeStructureId: "" }))).toEqual(["moeStructureId"]);
    expect(await fields(market.submit({ cadre: "A10" }))).toEqual(["titulaireStructureId"]);
    expect(await fields(market.submit({ moaStructureId: market.supplier.structure.id, moaServiceId: "" }))).toEqual(["moaStructureId"]);
    const first = await market.submit();
    expect(await fields(market.submit({ number: first.number, worksToDate: "50000" }))).toEqual(["number"]);
  });
});

describe("who may do what", () => {
  it("the supplier cannot take the MOE's decisions, the MOE cannot complete, a reader cannot decide, a stranger sees nothing", async () => {
    const market = await createWorksMarket();
    const { invoiceId } = await market.submit();
    expect(await code(passWorksDocumentToMoa({ userId: market.supplier.principal.id, invoiceId, input: {} }))).toBe("FORBIDDEN");
    expect(await code(refuseWorksDocument({ userId: market.moa.principal.id, invoiceId, input: { motif: "Non" } }))).toBe("FORBIDDEN");
    const reader = await createUser();
    await attach(reader.id, market.moe.structure.id, { espaces: ["FACTURES_TRAVAUX_RECUES"] });
    await db.rattachementEspace.updateMany({ where: { rattachement: { userId: reader.id } }, data: { modification: false } });
    expect((await getWorksDocument({ userId: reader.id, invoiceId })).actions).toEqual([]);
    expect(await code(passWorksDocumentToMoa({ userId: reader.id, invoiceId, input: {} }))).toBe("FORBIDDEN");
    expect((await getWorksDocument({ userId: market.moe.principal.id, invoiceId })).actions).toEqual(["TRANSMETTRE_A_LA_MOA", "REFUSER_MOE", "DEMANDER_COMPLEMENT"]);
    const stranger = await createWorksMarket();
    expect(await code(getWorksDocument({ userId: stranger.moe.principal.id, invoiceId }))).toBe("NOT_FOUND");
    expect(await code(passWorksDocumentToMoa({ userId: stranger.moe.principal.id, invoiceId, input: {} }))).toBe("NOT_FOUND");
    expect(await code(completeWorksDocument({ userId: stranger.supplier.principal.id, invoiceId, input: {} }))).toBe("NOT_FOUND");
    expect(await code(getWorksDocument({ userId: market.moe.principal.id, invoiceId: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    expect((await listWorksDocuments({ userId: stranger.moe.principal.id, filters: { side: "MOE" } })).total).toBe(0);
    expect((await listWorksDocuments({ userId: market.moe.principal.id, filters: { side: "MOE" } })).rows.map((row) => row.invoiceId)).toEqual([invoiceId]);
    expect((await listWorksDocuments({ userId: market.moa.principal.id, filters: { side: "MOA" } })).total).toBe(1);
    expect((await listWorksDocuments({ userId: market.supplier.principal.id, filters: { side: "FOURNISSEUR" } })).total).toBe(1);
    expect(await statusOf(invoiceId)).toBe("MISE_A_DISPOSITION_MOE");
  });
});
