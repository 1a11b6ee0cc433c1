// The délai global de paiement of a public buyer and the price of paying late (Code de la commande publique,
// L. 2192-10 ff. and R. 2192-10 ff., from décret n° 2013-269; docs/payment-delays.md). Days are calendar days in Paris
// ("AAAA-MM-JJ"): weekends and holidays count like any other. Money is Decimal. Pure: no I/O.
import Decimal from "decimal.js";
import type { BuyerCategory, InvoiceStatus, InvoiceType } from "@/generated/prisma/enums.ts";

/** R. 2192-10 (30 days) and R. 2192-11 (50 for public health, 60 for public undertakings). */
export const PAYMENT_DELAY_DAYS: Record<BuyerCategory, number> = {
  POUVOIR_ADJUDICATEUR: 30,
  ETABLISSEMENT_PUBLIC_SANTE: 50,
  ENTREPRISE_PUBLIQUE: 60,
};

export const BUYER_CATEGORY_LABELS: Record<BuyerCategory, string> = {
  POUVOIR_ADJUDICATEUR: "État, collectivité territoriale ou autre pouvoir adjudicateur (30 jours)",
  ETABLISSEMENT_PUBLIC_SANTE: "Établissement public de santé ou du service de santé des armées (50 jours)",
  ENTREPRISE_PUBLIQUE: "Entreprise publique (60 jours)",
};

/** R. 2192-31: the ECB's rate + 8 points. */
export const LATE_INTEREST_MARGIN_POINTS = new Decimal(8);
/** D. 2192-35: the indemnité forfaitaire pour frais de recouvrement. */
export const RECOVERY_INDEMNITY = new Decimal("40.00");
/** "À payer sous 7 jours": due today or within the next 7 days. */
export const DUE_SOON_DAYS = 7;

/**
 * The statuses in which the buyer still has to pay: the clock runs (SUSPENDUE stops it; REJETEE, A_RECYCLER take the
 * invoice out of payment; MISE_EN_PAIEMENT ends it). The counts and filters read these alone (the partial index of
 * migration *_payment_delays lists the same).
 */
export const PAYMENT_PENDING_STATUSES = [
  "MISE_A_DISPOSITION",
  "COMPLETEE",
  "SERVICE_FAIT",
  "MANDATEE",
  "MISE_A_DISPOSITION_COMPTABLE",
  "COMPTABILISEE",
] as const satisfies readonly InvoiceStatus[];

export const isPaymentPending = (status: InvoiceStatus) => (PAYMENT_PENDING_STATUSES as readonly string[]).includes(status);

const parisDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of a moment in Paris, "AAAA-MM-JJ". */
export const parisDay = (at: Date): string => parisDayFormat.format(at);

/** A day stored as a date column (midnight UTC) ↔ "AAAA-MM-JJ". */
export const dayOfDateColumn = (date: Date): string => date.toISOString().slice(0, 10);
export const dateColumnOf = (day: string): Date => new Date(`${day}T00:00:00Z`);

export function addDays(day: string, days: number): string {
  const date = dateColumnOf(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOfDateColumn(date);
}

/** Calendar days from `from` to `to` (negative when `to` is before). */
export const daysBetween = (from: string, to: string): number => Math.round((dateColumnOf(to).getTime() - dateColumnOf(from).getTime()) / 86_400_000);

/** No delay for an avoir: the buyer pays nothing for it. */
export const hasPaymentDelay = (type: InvoiceType) => type !== "AVOIR";

/** The due day: the delay counted from the receipt of the demande de paiement, the day the platform made it available. */
export const paymentDueDay = (receivedAt: Date, delayDays: number): string => addDays(parisDay(receivedAt), delayDays);

/** The days a suspension stopped the clock: from the day it was suspended to the day the supplier completed it. */
export const suspensionDays = (suspendedAt: Date, completedAt: Date): number => Math.max(0, daysBetween(parisDay(suspendedAt), parisDay(completedAt)));

/** The first day of the calendar semester of a day: 1 January or 1 July. */
export const semesterStartOf = (day: string): string => `${day.slice(0, 4)}-${Number(day.slice(5, 7)) <= 6 ? "01" : "07"}-01`;

export type SemesterRate = { semesterStart: string; rate: Decimal.Value };

/**
 * The ECB's main refinancing rate in force on the first day of the semester of `day`: that semester's row, or the
 * latest one before it (the ECB did not change it since); null when the table knows no semester that early.
 */
export function ecbRateOf(rates: readonly SemesterRate[], day: string): { semesterStart: string; rate: Decimal } | null {
  const start = semesterStartOf(day);
  let best: SemesterRate | null = null;
  for (const row of rates) if (row.semesterStart <= start && (!best || row.semesterStart > best.semesterStart)) best = row;
  return best ? { semesterStart: best.semesterStart, rate: new Decimal(best.rate) } : null;
}

export type LatePayment = {
  daysLate: number;
  /** The rate applied, in % (ECB + 8 points). */
  rate: Decimal;
  interest: Decimal;
  indemnity: Decimal;
};

/**
 * The price of a mise en paiement after the due day (L. 2192-13, R. 2192-31, D. 2192-35): interest from the day after
 * the due day to the day of mise en paiement included, at the rate of the semester the delay began in (kept for the
 * whole delay, even when it crosses into the next semester), principal × rate × days / 365 rounded to the cent; and
 * the €40 indemnity. Null when paid on time, or when no rate is known for that semester.
 */
export function latePayment(input: { dueDay: string; paidDay: string; principal: Decimal.Value; rates: readonly SemesterRate[] }): LatePayment | null {
  const daysLate = daysBetween(input.dueDay, input.paidDay);
  if (daysLate <= 0) return null;
  const ecb = ecbRateOf(input.rates, addDays(input.dueDay, 1));
  if (!ecb) return null;
  const rate = ecb.rate.plus(LATE_INTEREST_MARGIN_POINTS);
  const interest = new Decimal(input.principal).times(rate).div(100).times(daysLate).div(365).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { daysLate, rate, interest, indemnity: RECOVERY_INDEMNITY };
}

/** What the invoice page says of the delay. */
export type PaymentDeadline =
  | { kind: "a-payer"; dueDay: string; daysLeft: number }
  | { kind: "depasse"; dueDay: string; daysLate: number }
  | { kind: "suspendu"; dueDay: string; daysLeft: number }
  | { kind: "paye"; dueDay: string; paidDay: string; daysLate: number }
  | { kind: "sans-objet"; dueDay: string };

/**
 * The delay as it stands today: days left or days late while the buyer has to pay, frozen at the suspension while
 * suspended, the days late of the mise en paiement once paid; null when the invoice has no due day.
 */
export function paymentDeadline(input: { status: InvoiceStatus; dueDay: string | null; paidDay: string | null; suspendedAt?: Date | null; today: string }): PaymentDeadline | null {
  const { status, dueDay, today } = input;
  if (!dueDay) return null;
  if (status === "MISE_EN_PAIEMENT" && input.paidDay) return { kind: "paye", dueDay, paidDay: input.paidDay, daysLate: Math.max(0, daysBetween(dueDay, input.paidDay)) };
  if (status === "SUSPENDUE") return { kind: "suspendu", dueDay, daysLeft: daysBetween(input.suspendedAt ? parisDay(input.suspendedAt) : today, dueDay) };
  if (!isPaymentPending(status)) return { kind: "sans-objet", dueDay };
  const daysLeft = daysBetween(today, dueDay);
  return daysLeft >= 0 ? { kind: "a-payer", dueDay, daysLeft } : { kind: "depasse", dueDay, daysLate: -daysLeft };
}

/** The range of due days of "À payer sous 7 jours" (today to today + 7) and the first day that is not "Délai dépassé". */
export const dueSoonRange = (today: string) => ({ from: today, to: addDays(today, DUE_SOON_DAYS) });

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;

/** "01/04/2026 · 5 j restants", "01/04/2026 · 3 j de retard": the list's column « Échéance ». */
export function paymentDeadlineShort(deadline: PaymentDeadline | null): string {
  if (!deadline) return "";
  const due = deadline.dueDay.split("-").reverse().join("/");
  switch (deadline.kind) {
    case "a-payer":
      return `${due} · ${deadline.daysLeft} j restant${deadline.daysLeft > 1 ? "s" : ""}`;
    case "depasse":
      return `${due} · ${deadline.daysLate} j de retard`;
    case "suspendu":
      return `${due} · suspendu`;
    case "paye":
      return deadline.daysLate > 0 ? `${due} · payée avec ${deadline.daysLate} j de retard` : `${due} · payée`;
    case "sans-objet":
      return due;
  }
}

/** "Échéance le 12/01/2027 : 5 jours restants", in French, for the invoice pages. */
export function paymentDeadlineText(deadline: PaymentDeadline): string {
  const due = deadline.dueDay.split("-").reverse().join("/");
  switch (deadline.kind) {
    case "a-payer":
      return deadline.daysLeft === 0 ? `Échéance le ${due} : à payer aujourd'hui` : `Échéance le ${due} : ${plural(deadline.daysLeft, "jour")} restant${deadline.daysLeft > 1 ? "s" : ""}`;
    case "depasse":
      return `Échéance le ${due} : délai dépassé de ${plural(deadline.daysLate, "jour")}`;
    case "suspendu":
      return `Délai suspendu (échéance le ${due} avant suspension, ${plural(Math.max(0, deadline.daysLeft), "jour")} restant${deadline.daysLeft > 1 ? "s" : ""} à la reprise)`;
    case "paye":
      return deadline.daysLate > 0
        ? `Échéance le ${due} : mise en paiement le ${deadline.paidDay.split("-").reverse().join("/")}, avec ${plural(deadline.daysLate, "jour")} de retard`
        : `Échéance le ${due} : mise en paiement le ${deadline.paidDay.split("-").reverse().join("/")}, dans le délai`;
    case "sans-objet":
      return `Échéance le ${due}`;
  }
}
