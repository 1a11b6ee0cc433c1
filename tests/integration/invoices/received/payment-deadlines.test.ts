// Factures reçues and the délai de paiement (docs/payment-delays.md): the dashboard's counts « À payer sous 7 jours »
// and « Délai dépassé » and the list filtered on them, among the invoices still to pay; the export of the late-payment
// interests; nothing of another structure's invoices.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { addDays, dateColumnOf, parisDay } from "@/features/invoices/common/index.ts";
import { countPaymentDeadlines, latePaymentCsvCells, listReceivedInvoices, parseReceivedSearch, streamLatePaymentInterests, type LatePaymentRow } from "@/features/invoices/received/index.ts";
import { db } from "@/server/db.ts";
import { insertInvoice } from "../../support/insert-invoice.ts";
import { createInvoiceSupplier, createPublicStructure, createRecipientAgent } from "../../factories.ts";

async function setUp() {
  const supplier = await createInvoiceSupplier();
  const structure = await createPublicStructure({ identifier: String(randomInt(10 ** 13, 10 ** 14)), raisonSociale: `COMMUNE ${randomInt(1000, 9999)}` });
  const agent = await createRecipientAgent(structure.id);
  const today = parisDay(new Date());
  /** An invoice of that status whose due day is `dueInDays` days from today. */
  const due = async (number: string, status: InvoiceStatus, dueInDays: number) => {
    const invoice = await insertInvoice(supplier, { number, status, sentAt: new Date(Date.now() - 40 * 86_400_000), totalGross: "1000.00", recipientStructureId: structure.id });
    await db.invoice.update({ where: { id: invoice.id }, data: { paymentDelayDays: 30, paymentDueDate: dateColumnOf(addDays(today, dueInDays)) } });
    return invoice.id;
  };
  return { supplier, structure, agent, today, due };
}

const numbers = async (userId: string, echeance: string) => {
  const { filters } = parseReceivedSearch({ echeance });
  return (await listReceivedInvoices({ userId, filters: filters! })).invoices.map((row) => row.number).sort();
};

describe("« À payer sous 7 jours » and « Délai dépassé »", () => {
  it("due today, in 3 and in 7 days count as due soon; due 2 days ago as late; in 8 days, suspended, rejected or mise en paiement neither", async () => {
    const { agent, due } = await setUp();
    await due("F-TODAY", "MISE_A_DISPOSITION", 0);
    await due("F-IN-3", "SERVICE_FAIT", 3);
    await due("F-IN-7", "COMPTABILISEE", 7);
    await due("F-IN-8", "MANDATEE", 8);
    await due("F-LATE-2", "COMPLETEE", -2);
    await due("F-SUSPENDED", "SUSPENDUE", -5);
    await due("F-REJECTED", "REJETEE", -5);
    await due("F-PAID", "MISE_EN_PAIEMENT", -5);

    expect(await countPaymentDeadlines({ userId: agent.id })).toEqual({ dueSoon: 3, overdue: 1 });
    expect(await numbers(agent.id, "sous7jours")).toEqual(["F-IN-3", "F-IN-7", "F-TODAY"]);
    expect(await numbers(agent.id, "depasse")).toEqual(["F-LATE-2"]);
  });

  it("an agent of another structure counts none of them and lists none", async () => {
    const { due } = await setUp();
    await due("F-OTHER-LATE", "MISE_A_DISPOSITION", -3);
    const other = await setUp();
    expect(await countPaymentDeadlines({ userId: other.agent.id })).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await numbers(other.agent.id, "depasse")).toEqual([]);
  });

  it("an agent restricted to one service counts that service's invoices only", async () => {
    const { supplier, structure, today } = await setUp();
    const [first, second] = await Promise.all(["ACHATS", "TRAVAUX"].map((code) => db.service.create({ data: { structureId: structure.id, code, libelle: code } })));
    for (const [number, serviceId] of [["F-ACHATS", first.id], ["F-TRAVAUX", second.id]] as const) {
      const invoice = await insertInvoice(supplier, { number, status: "SERVICE_FAIT", sentAt: new Date(Date.now() - 40 * 86_400_000), totalGross: "10.00", recipientStructureId: structure.id, recipientServiceId: serviceId });
      await db.invoice.update({ where: { id: invoice.id }, data: { paymentDueDate: dateColumnOf(addDays(today, -1)) } });
    }
    const restricted = await createRecipientAgent(structure.id, { serviceIds: [first.id] });
    expect(await countPaymentDeadlines({ userId: restricted.id })).toEqual({ dueSoon: 0, overdue: 1 });
    expect(await numbers(restricted.id, "depasse")).toEqual(["F-ACHATS"]);
  });

  it("an unknown criterion is refused next to its field", () => {
    expect(parseReceivedSearch({ echeance: "demain" }).fieldErrors).toEqual({ echeance: "Choisissez une échéance de la liste." });
  });
});

describe("Exporter les intérêts moratoires", () => {
  const collect = async (rows: AsyncIterable<LatePaymentRow>) => {
    const all: LatePaymentRow[] = [];
    for await (const row of rows) all.push(row);
    return all;
  };

  it("lists the invoices mises en paiement late, with the days, the rate, the interest and the indemnity; not those on time, nor another structure's", async () => {
    const { agent, due, supplier } = await setUp();
    const lateId = await due("F-LATE-PAID", "MISE_EN_PAIEMENT", -30);
    await db.invoice.update({
      where: { id: lateId },
      data: {
        amountDue: "12000.00",
        paymentDueDate: new Date("2026-06-20T00:00:00Z"),
        paymentOrderedOn: new Date("2026-07-10T00:00:00Z"),
        latePaymentDays: 20,
        latePaymentRate: "10.15",
        latePaymentInterest: "66.74",
        recoveryIndemnity: "40.00",
      },
    });
    const onTimeId = await due("F-ON-TIME", "MISE_EN_PAIEMENT", -30);
    await db.invoice.update({ where: { id: onTimeId }, data: { paymentOrderedOn: new Date("2026-06-01T00:00:00Z") } });

    const rows = await collect(await streamLatePaymentInterests({ userId: agent.id }));
    expect(rows.map((row) => row.number)).toEqual(["F-LATE-PAID"]);
    const supplierRow = await db.structure.findUniqueOrThrow({ where: { id: supplier.structure.id }, select: { raisonSociale: true, identifier: true } });
    expect(latePaymentCsvCells(rows[0])).toEqual([
      "F-LATE-PAID",
      supplierRow.raisonSociale,
      supplierRow.identifier,
      "12000,00",
      "EUR",
      expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/),
      "20/06/2026",
      "10/07/2026",
      "20",
      "10,15",
      "66,74",
      "40,00",
    ]);
    // A period of mise en paiement that leaves it out.
    expect(await collect(await streamLatePaymentInterests({ userId: agent.id, period: { from: "2026-07-11" } }))).toEqual([]);

    const other = await setUp();
    expect(await collect(await streamLatePaymentInterests({ userId: other.agent.id }))).toEqual([]);
  });
});
