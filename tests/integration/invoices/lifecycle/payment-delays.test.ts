// The délai global de paiement kept on the invoice by its transitions (docs/payment-delays.md), on worked examples:
// the due day from the receipt, pushed back by each suspension, weekends not mattering, the late-payment interest
// stored at a late mise en paiement at the rate of the semester the delay began in (none on time), shown to both
// sides, and nothing to a foreign structure.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { LifecycleAction } from "@/features/invoices/lifecycle/index.ts";
import { changeInvoiceStatus, routeInvoice } from "@/features/invoices/lifecycle/index.ts";
import { getReceivedInvoice } from "@/features/invoices/received/index.ts";
import { getInvoice } from "@/features/invoices/entry/use-cases/get-invoice.ts";
import { sendInvoice } from "@/features/invoices/entry/use-cases/send-invoice.ts";
import type { BuyerCategory } from "@/generated/prisma/enums.ts";
import { db } from "@/server/db.ts";
import { createInvoiceSupplier, createPublicStructure, createRecipientAgent, invoiceFormTo } from "../../factories.ts";

async function setUp(category: BuyerCategory = "POUVOIR_ADJUDICATEUR") {
  const supplier = await createInvoiceSupplier();
  const structure = await createPublicStructure({ identifier: String(randomInt(10 ** 13, 10 ** 14)), raisonSociale: `COMMUNE ${randomInt(1000, 9999)}` });
  await db.structure.update({ where: { id: structure.id }, data: { buyerCategory: category } });
  const agent = await createRecipientAgent(structure.id);
  /** Sent, then made available by the platform at `receivedAt`. */
  const receive = async (receivedAt: Date) => {
    const { invoiceId } = await sendInvoice({ userId: supplier.principal.id, input: invoiceFormTo(supplier.structure.id, { structureId: structure.id, serviceId: null }) });
    expect(await routeInvoice({ invoiceId, clock: () => receivedAt })).toBe("MISE_A_DISPOSITION");
    return invoiceId;
  };
  const recipientDoes = (invoiceId: string, action: LifecycleAction, at: string, motif?: string) =>
    changeInvoiceStatus({ userId: agent.id, invoiceId, action, motif, now: new Date(at) });
  const supplierDoes = (invoiceId: string, action: LifecycleAction, at: string) => changeInvoiceStatus({ userId: supplier.principal.id, invoiceId, action, now: new Date(at) });
  /** Service fait, mandatée, comptabilisée, then mise en paiement at `paidAt`. */
  const pay = async (invoiceId: string, paidAt: string) => {
    for (const action of ["SERVICE_FAIT", "MANDATER", "COMPTABILISER"] as const) await recipientDoes(invoiceId, action, paidAt);
    await recipientDoes(invoiceId, "METTRE_EN_PAIEMENT", paidAt);
  };
  return { supplier, structure, agent, receive, recipientDoes, supplierDoes, pay };
}

const delayOf = (invoiceId: string) =>
  db.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    select: { paymentDelayDays: true, paymentDueDate: true, paymentOrderedOn: true, latePaymentDays: true, latePaymentRate: true, latePaymentInterest: true, recoveryIndemnity: true },
  });
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

describe("the due day", () => {
  it("received on 2 March 2026 by a commune (30 days): due on 1 April 2026", async () => {
    const { receive } = await setUp();
    const invoiceId = await receive(new Date("2026-03-02T09:00:00Z"));
    const delay = await delayOf(invoiceId);
    expect(delay.paymentDelayDays).toBe(30);
    expect(day(delay.paymentDueDate)).toBe("2026-04-01");
  });

  it("received on 2 March 2026 by a public hospital (50 days): due on 21 April 2026", async () => {
    const { receive } = await setUp("ETABLISSEMENT_PUBLIC_SANTE");
    const delay = await delayOf(await receive(new Date("2026-03-02T09:00:00Z")));
    expect([delay.paymentDelayDays, day(delay.paymentDueDate)]).toEqual([50, "2026-04-21"]);
  });

  it("suspended on 10 March and completed by the supplier on 24 March 2026: 14 days stopped, due on 15 April instead of 1 April", async () => {
    const { receive, recipientDoes, supplierDoes } = await setUp();
    const invoiceId = await receive(new Date("2026-03-02T09:00:00Z"));
    await recipientDoes(invoiceId, "SUSPENDRE", "2026-03-10T10:00:00Z", "Bon de commande manquant");
    expect(day((await delayOf(invoiceId)).paymentDueDate)).toBe("2026-04-01");
    await supplierDoes(invoiceId, "COMPLETER", "2026-03-24T15:00:00Z");
    expect(day((await delayOf(invoiceId)).paymentDueDate)).toBe("2026-04-15");
  });

  it("weekends do not matter: received on Friday 2 January 2026 (30 days), due on Sunday 1 February 2026, not moved to Monday", async () => {
    const { receive } = await setUp();
    const delay = await delayOf(await receive(new Date("2026-01-02T09:00:00Z")));
    expect(day(delay.paymentDueDate)).toBe("2026-02-01");
  });

  it("two suspensions, 6 to 9 March and 12 to 17 March 2026 (the weekends inside count): 3 + 5 = 8 days stopped, due on 9 April instead of 1 April", async () => {
    const { receive, recipientDoes, supplierDoes } = await setUp();
    const invoiceId = await receive(new Date("2026-03-02T09:00:00Z"));
    await recipientDoes(invoiceId, "SUSPENDRE", "2026-03-06T10:00:00Z", "Bon de commande manquant");
    await supplierDoes(invoiceId, "COMPLETER", "2026-03-09T10:00:00Z");
    expect(day((await delayOf(invoiceId)).paymentDueDate)).toBe("2026-04-04");
    await recipientDoes(invoiceId, "SUSPENDRE", "2026-03-12T10:00:00Z", "Pièce justificative illisible");
    await supplierDoes(invoiceId, "COMPLETER", "2026-03-17T10:00:00Z");
    expect(day((await delayOf(invoiceId)).paymentDueDate)).toBe("2026-04-09");
  });

  it("recycled by the supplier and made available again on 1 June 2026: a new delay, due on 1 July 2026", async () => {
    const { receive, recipientDoes, supplierDoes } = await setUp();
    const invoiceId = await receive(new Date("2026-03-02T09:00:00Z"));
    await recipientDoes(invoiceId, "A_RECYCLER", "2026-03-05T10:00:00Z", "Service inconnu");
    await supplierDoes(invoiceId, "RECYCLER", "2026-05-31T10:00:00Z");
    expect((await delayOf(invoiceId)).paymentDueDate).toBeNull();
    expect(await routeInvoice({ invoiceId, clock: () => new Date("2026-06-01T08:00:00Z") })).toBe("MISE_A_DISPOSITION");
    expect(day((await delayOf(invoiceId)).paymentDueDate)).toBe("2026-07-01");
  });
});

describe("late-payment interest at the mise en paiement", () => {
  it("12 000.00 € due on 20 June 2026, mis en paiement on 10 July 2026: 20 days at 2.15 + 8 = 10.15 %, 66.74 € interest and 40 € indemnity, shown to both sides", async () => {
    const { receive, pay, agent, supplier } = await setUp();
    const invoiceId = await receive(new Date("2026-05-21T09:00:00Z"));
    await db.invoice.update({ where: { id: invoiceId }, data: { amountDue: "12000.00" } });
    await pay(invoiceId, "2026-07-10T09:00:00Z");

    const delay = await delayOf(invoiceId);
    expect(day(delay.paymentDueDate)).toBe("2026-06-20");
    expect(day(delay.paymentOrderedOn)).toBe("2026-07-10");
    expect(delay.latePaymentDays).toBe(20);
    expect(delay.latePaymentRate?.toFixed(2)).toBe("10.15");
    expect(delay.latePaymentInterest?.toFixed(2)).toBe("66.74");
    expect(delay.recoveryIndemnity?.toFixed(2)).toBe("40.00");

    const expected = { days: 20, rate: "10.15", interest: "66.74", indemnity: "40.00" };
    const received = await getReceivedInvoice({ userId: agent.id, invoiceId });
    expect(received.paymentDelay).toMatchObject({ dueDay: "2026-06-20", paidDay: "2026-07-10", latePayment: expected, deadline: { kind: "paye", daysLate: 20 } });
    const sent = await getInvoice({ userId: supplier.principal.id, invoiceId });
    expect(sent.paymentDelay).toMatchObject({ dueDay: "2026-06-20", latePayment: expected });
  });

  it("due on Sunday 1 February 2026, mis en paiement on Monday 2 February: 1 day late (weekends do not matter), 7 300.00 € × 10.15 % / 365 = 2.03 €", async () => {
    const { receive, pay } = await setUp();
    const invoiceId = await receive(new Date("2026-01-02T09:00:00Z"));
    await db.invoice.update({ where: { id: invoiceId }, data: { amountDue: "7300.00" } });
    await pay(invoiceId, "2026-02-02T09:00:00Z");
    const delay = await delayOf(invoiceId);
    expect([delay.latePaymentDays, delay.latePaymentRate?.toFixed(2), delay.latePaymentInterest?.toFixed(2), delay.recoveryIndemnity?.toFixed(2)]).toEqual([1, "10.15", "2.03", "40.00"]);
  });

  it("the rate of the semester the delay began in: due 29 June 2025 (late from 30 June), paid 29 July 2025, 30 days at 3.15 + 8 = 11.15 % on 10 000.00 €: 91.64 €", async () => {
    const { receive, pay } = await setUp();
    const invoiceId = await receive(new Date("2025-05-30T09:00:00Z"));
    await db.invoice.update({ where: { id: invoiceId }, data: { amountDue: "10000.00" } });
    await pay(invoiceId, "2025-07-29T09:00:00Z");
    const delay = await delayOf(invoiceId);
    expect(day(delay.paymentDueDate)).toBe("2025-06-29");
    expect([delay.latePaymentDays, delay.latePaymentRate?.toFixed(2), delay.latePaymentInterest?.toFixed(2)]).toEqual([30, "11.15", "91.64"]);
  });

  it("due 30 June 2025, the delay begins on 1 July: the second semester's rate, 2.15 + 8 = 10.15 %, 10 days on 3 650.00 €: 10.15 €", async () => {
    const { receive, pay } = await setUp();
    const invoiceId = await receive(new Date("2025-05-31T09:00:00Z"));
    await db.invoice.update({ where: { id: invoiceId }, data: { amountDue: "3650.00" } });
    await pay(invoiceId, "2025-07-10T09:00:00Z");
    const delay = await delayOf(invoiceId);
    expect(day(delay.paymentDueDate)).toBe("2025-06-30");
    expect([delay.latePaymentDays, delay.latePaymentRate?.toFixed(2), delay.latePaymentInterest?.toFixed(2)]).toEqual([10, "10.15", "10.15"]);
  });

  it("mis en paiement on 20 June 2026, the due day: no interest, no indemnity", async () => {
    const { receive, pay } = await setUp();
    const invoiceId = await receive(new Date("2026-05-21T09:00:00Z"));
    await pay(invoiceId, "2026-06-20T15:00:00Z");
    const delay = await delayOf(invoiceId);
    expect(day(delay.paymentOrderedOn)).toBe("2026-06-20");
    expect([delay.latePaymentDays, delay.latePaymentRate, delay.latePaymentInterest, delay.recoveryIndemnity]).toEqual([null, null, null, null]);
  });

  it("an avoir has no delay: nothing to pay", async () => {
    const { supplier, structure } = await setUp();
    const { invoiceId } = await sendInvoice({
      userId: supplier.principal.id,
      input: invoiceFormTo(supplier.structure.id, { structureId: structure.id, serviceId: null }, { type: "AVOIR", originalInvoiceNumber: "F-2026-1" }),
    });
    expect(await routeInvoice({ invoiceId, clock: () => new Date("2026-03-02T09:00:00Z") })).toBe("MISE_A_DISPOSITION");
    expect((await delayOf(invoiceId)).paymentDueDate).toBeNull();
  });

  it("a foreign structure's agent sees nothing of it", async () => {
    const { receive } = await setUp();
    const invoiceId = await receive(new Date("2026-03-02T09:00:00Z"));
    const other = await setUp();
    await expect(getReceivedInvoice({ userId: other.agent.id, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvoice({ userId: other.supplier.principal.id, invoiceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
