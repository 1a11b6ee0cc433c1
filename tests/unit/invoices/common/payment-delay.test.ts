// The délai global de paiement and the late-payment interest, on worked examples (docs/payment-delays.md).
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  PAYMENT_DELAY_DAYS,
  dueSoonRange,
  ecbRateOf,
  latePayment,
  parisDay,
  paymentDeadline,
  paymentDeadlineShort,
  paymentDeadlineText,
  paymentDueDay,
  semesterStartOf,
  suspensionDays,
} from "@/features/invoices/common/rules/payment-delay.ts";

const RATES = [
  { semesterStart: "2025-07-01", rate: "2.15" },
  { semesterStart: "2026-01-01", rate: "2.15" },
  { semesterStart: "2026-07-01", rate: "3.00" },
];

describe("the due day", () => {
  it("received on 2 March 2026 by the State (30 days): due on 1 April 2026", () => {
    expect(paymentDueDay(new Date("2026-03-02T09:00:00Z"), PAYMENT_DELAY_DAYS.POUVOIR_ADJUDICATEUR)).toBe("2026-04-01");
  });

  it("received on 2 March 2026 by a public hospital (50 days): due on 21 April 2026; an entreprise publique (60 days): 1 May 2026", () => {
    expect(paymentDueDay(new Date("2026-03-02T09:00:00Z"), PAYMENT_DELAY_DAYS.ETABLISSEMENT_PUBLIC_SANTE)).toBe("2026-04-21");
    expect(paymentDueDay(new Date("2026-03-02T09:00:00Z"), PAYMENT_DELAY_DAYS.ENTREPRISE_PUBLIQUE)).toBe("2026-05-01");
  });

  it("received at 23:30 UTC on 1 March 2026 (00:30 on 2 March in Paris): counted from 2 March, due on 1 April", () => {
    expect(parisDay(new Date("2026-03-01T23:30:00Z"))).toBe("2026-03-02");
    expect(paymentDueDay(new Date("2026-03-01T23:30:00Z"), 30)).toBe("2026-04-01");
  });

  it("weekends do not matter: received Friday 2 January 2026, due Sunday 1 February 2026, not moved to Monday", () => {
    const due = paymentDueDay(new Date("2026-01-02T10:00:00Z"), 30);
    expect(due).toBe("2026-02-01");
    expect(new Date(`${due}T12:00:00Z`).getUTCDay()).toBe(0);
  });

  it("across the change to summer time: received 28 March 2026, due 27 April 2026", () => {
    expect(paymentDueDay(new Date("2026-03-28T12:00:00Z"), 30)).toBe("2026-04-27");
  });
});

describe("suspensions", () => {
  it("suspended on 10 March, completed on 24 March 2026: 14 days stopped, the due day 1 April moves to 15 April", () => {
    const days = suspensionDays(new Date("2026-03-10T08:00:00Z"), new Date("2026-03-24T16:00:00Z"));
    expect(days).toBe(14);
    expect(paymentDueDay(new Date("2026-03-02T09:00:00Z"), 30 + days)).toBe("2026-04-15");
  });

  it("suspended and completed on the same day: nothing stopped", () => {
    expect(suspensionDays(new Date("2026-03-10T08:00:00Z"), new Date("2026-03-10T17:00:00Z"))).toBe(0);
  });

  it("two suspensions of 3 and 5 days (a weekend inside counts): 8 days added", () => {
    const first = suspensionDays(new Date("2026-03-06T08:00:00Z"), new Date("2026-03-09T08:00:00Z"));
    const second = suspensionDays(new Date("2026-03-12T08:00:00Z"), new Date("2026-03-17T08:00:00Z"));
    expect(first + second).toBe(8);
  });
});

describe("the rate of the semester", () => {
  it("semesters begin on 1 January and 1 July: 30 June 2026 is in the first, 1 July 2026 in the second", () => {
    expect(semesterStartOf("2026-06-30")).toBe("2026-01-01");
    expect(semesterStartOf("2026-07-01")).toBe("2026-07-01");
  });

  it("a semester without a row keeps the latest rate before it: 2027's first semester uses 2026-07-01's 3.00 %", () => {
    expect(ecbRateOf(RATES, "2027-02-10")).toEqual({ semesterStart: "2026-07-01", rate: new Decimal("3.00") });
    expect(ecbRateOf(RATES, "2025-03-01")).toBeNull();
  });
});

describe("late-payment interest and indemnity", () => {
  it("12 000.00 € due on 20 June 2026, mise en paiement on 10 July 2026: 20 days at 2.15 + 8 = 10.15 %, 66.74 € interest and 40 € indemnity", () => {
    const late = latePayment({ dueDay: "2026-06-20", paidDay: "2026-07-10", principal: "12000.00", rates: RATES });
    expect(late).not.toBeNull();
    expect(late!.daysLate).toBe(20);
    expect(late!.rate.toFixed(2)).toBe("10.15");
    expect(late!.interest.toFixed(2)).toBe("66.74");
    expect(late!.indemnity.toFixed(2)).toBe("40.00");
  });

  it("a delay crossing a semester keeps the rate of the semester it began in: due 29 June (late from 30 June), paid 29 July 2026, 30 days at 10.15 % (not 11.00 %)", () => {
    const late = latePayment({ dueDay: "2026-06-29", paidDay: "2026-07-29", principal: "10000.00", rates: RATES });
    expect(late!.rate.toFixed(2)).toBe("10.15");
    // 10 000 × 10.15 % × 30 / 365 = 83.424…
    expect(late!.interest.toFixed(2)).toBe("83.42");
  });

  it("due on 30 June 2026, the delay begins on 1 July and takes the second semester's rate: 3.00 + 8 = 11.00 %", () => {
    const late = latePayment({ dueDay: "2026-06-30", paidDay: "2026-07-10", principal: "3650.00", rates: RATES });
    expect(late!.rate.toFixed(2)).toBe("11.00");
    // 3 650 × 11 % × 10 / 365 = 11.00
    expect(late!.interest.toFixed(2)).toBe("11.00");
  });

  it("rounding to the cent, half up: 18.25 € one day late at 10 % gives 0.005, rounded to 0.01 €", () => {
    const late = latePayment({ dueDay: "2026-03-01", paidDay: "2026-03-02", principal: "18.25", rates: [{ semesterStart: "2026-01-01", rate: "2.00" }] });
    expect(late!.interest.toFixed(2)).toBe("0.01");
  });

  it("paid on the due day: no interest, no indemnity; paid the day after: 1 day late", () => {
    expect(latePayment({ dueDay: "2026-04-01", paidDay: "2026-04-01", principal: "1000", rates: RATES })).toBeNull();
    expect(latePayment({ dueDay: "2026-04-01", paidDay: "2026-03-20", principal: "1000", rates: RATES })).toBeNull();
    const late = latePayment({ dueDay: "2026-04-01", paidDay: "2026-04-02", principal: "1000.00", rates: RATES });
    expect(late!.daysLate).toBe(1);
    // 1 000 × 10.15 % / 365 = 0.278…
    expect(late!.interest.toFixed(2)).toBe("0.28");
  });
});

describe("what the invoice page says", () => {
  it("due on 1 April 2026, seen on 25 March: 7 days left, within « À payer sous 7 jours »", () => {
    const deadline = paymentDeadline({ status: "SERVICE_FAIT", dueDay: "2026-04-01", paidDay: null, today: "2026-03-25" });
    expect(deadline).toEqual({ kind: "a-payer", dueDay: "2026-04-01", daysLeft: 7 });
    expect(paymentDeadlineText(deadline!)).toBe("Échéance le 01/04/2026 : 7 jours restants");
    const range = dueSoonRange("2026-03-25");
    expect(range.from <= "2026-04-01" && "2026-04-01" <= range.to).toBe(true);
  });

  it("due on 1 April 2026, seen on 4 April: late by 3 days", () => {
    const deadline = paymentDeadline({ status: "MANDATEE", dueDay: "2026-04-01", paidDay: null, today: "2026-04-04" });
    expect(deadline).toEqual({ kind: "depasse", dueDay: "2026-04-01", daysLate: 3 });
    expect(paymentDeadlineText(deadline!)).toBe("Échéance le 01/04/2026 : délai dépassé de 3 jours");
  });

  it("suspended on 20 March with the due day 1 April: 12 days left frozen, whatever today is", () => {
    const deadline = paymentDeadline({ status: "SUSPENDUE", dueDay: "2026-04-01", paidDay: null, suspendedAt: new Date("2026-03-20T10:00:00Z"), today: "2026-05-01" });
    expect(deadline).toEqual({ kind: "suspendu", dueDay: "2026-04-01", daysLeft: 12 });
  });

  it("mise en paiement on 4 April for the due day 1 April: 3 days late", () => {
    const deadline = paymentDeadline({ status: "MISE_EN_PAIEMENT", dueDay: "2026-04-01", paidDay: "2026-04-04", today: "2026-06-01" });
    expect(deadline).toEqual({ kind: "paye", dueDay: "2026-04-01", paidDay: "2026-04-04", daysLate: 3 });
    expect(paymentDeadlineText(deadline!)).toBe("Échéance le 01/04/2026 : mise en paiement le 04/04/2026, avec 3 jours de retard");
  });

  it("the list's column « Échéance »: « 01/04/2026 · 7 j restants », « 01/04/2026 · 3 j de retard », « 01/04/2026 · suspendu »", () => {
    expect(paymentDeadlineShort({ kind: "a-payer", dueDay: "2026-04-01", daysLeft: 7 })).toBe("01/04/2026 · 7 j restants");
    expect(paymentDeadlineShort({ kind: "depasse", dueDay: "2026-04-01", daysLate: 3 })).toBe("01/04/2026 · 3 j de retard");
    expect(paymentDeadlineShort({ kind: "suspendu", dueDay: "2026-04-01", daysLeft: 12 })).toBe("01/04/2026 · suspendu");
    expect(paymentDeadlineShort(null)).toBe("");
  });

  it("no due day (an avoir, or not received yet): nothing to say", () => {
    expect(paymentDeadline({ status: "MISE_A_DISPOSITION", dueDay: null, paidDay: null, today: "2026-04-04" })).toBeNull();
  });
});
