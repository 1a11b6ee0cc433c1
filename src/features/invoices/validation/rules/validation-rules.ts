// The A9 / A12 validation circuit ("Factures à valider"): which invoices the holder of the contract validates first
// (titulaire of a sous-traitant, mandataire of a cotraitant), until when, and what the holder may do. Pure: no I/O.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import type { LifecycleAction } from "@/features/invoices/lifecycle/ui.ts";
import { ACTION_LABELS } from "@/features/invoices/lifecycle/ui.ts";

export const DEFAULT_VALIDATION_DELAY_DAYS = 15;
const MAX_VALIDATION_DELAY_DAYS = 365;

/** VALIDATION_DELAY_DAYS as configured (days the holder has to answer), 15 when unset; a wrong value stops the server. */
export function validationDelayDays(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_VALIDATION_DELAY_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > MAX_VALIDATION_DELAY_DAYS) {
    throw new Error(`VALIDATION_DELAY_DAYS doit être un nombre entier de jours entre 1 et ${MAX_VALIDATION_DELAY_DAYS} (reçu « ${raw} »).`);
  }
  return days;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the platform validates the invoice itself if the holder has not answered: `days` × 24 hours after sending. */
export const validationDeadline = (sentAt: Date, days: number) => new Date(sentAt.getTime() + days * DAY_MS);

/** The deadline of an invoice sent now to the holder of the contract, from VALIDATION_DELAY_DAYS (15 days by default). */
export const deadlineOfInvoiceSentAt = (sentAt: Date) => validationDeadline(sentAt, validationDelayDays(process.env.VALIDATION_DELAY_DAYS));

/** Whether the holder's time is over (the deadline itself included). */
export const isPastDeadline = (deadline: Date | null, now: Date) => deadline !== null && deadline.getTime() <= now.getTime();

/** The holder's two decisions, in the order of the buttons. */
export const VALIDATOR_ACTIONS = ["VALIDER", "REFUSER"] as const satisfies readonly LifecycleAction[];
export type ValidatorAction = (typeof VALIDATOR_ACTIONS)[number];

/** Their buttons' labels: the status machine's names of the actions, the words of its refusals too. */
export const VALIDATOR_ACTION_LABELS: Record<ValidatorAction, string> = ACTION_LABELS;

/** What the holder may still do: decide while the invoice waits for them, nothing afterwards. */
export const validatorActionsFor = (status: InvoiceStatus): ValidatorAction[] => (status === "A_VALIDER_1" ? [...VALIDATOR_ACTIONS] : []);

/** The history's comment of a validation the platform made because the holder did not answer in time. */
export const AUTO_VALIDATION_COMMENT = "Validation automatique hors délai";
