// How « Factures de travaux » names a works document's statuses and the actions each side takes on it. Pure.
import type { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { INVOICE_STATUS_LABELS, MOE_CIRCUIT_STATUSES, RECEIVED_STATUSES } from "@/features/invoices/common/ui.ts";
import { ACTION_LABELS, type LifecycleAction } from "@/features/invoices/lifecycle/ui.ts";

/** The statuses a works document goes through, in the order of its circuit (the MOA's processing last). */
export const WORKS_STATUSES = [
  ...MOE_CIRCUIT_STATUSES,
  "DEPOSEE",
  "EN_COURS_ACHEMINEMENT",
  ...RECEIVED_STATUSES,
] as const satisfies readonly InvoiceStatus[];

/** The one status vocabulary of the portal: the works pages name statuses as every other page does. */
export const WORKS_STATUS_LABELS: Record<InvoiceStatus, string> = INVOICE_STATUS_LABELS;

/** Who looks at a works document: its supplier, its maîtrise d'œuvre, its maître d'ouvrage. */
export type WorksSide = "FOURNISSEUR" | "MOE" | "MOA";
export const WORKS_SIDE_LABELS: Record<WorksSide, string> = { FOURNISSEUR: "Fournisseur", MOE: "Maîtrise d'œuvre", MOA: "Maître d'ouvrage" };

/** The actions of the works pages: the MOE's three decisions, the supplier's Compléter (either kind) and Recycler. */
export const WORKS_ACTIONS = ["TRANSMETTRE_A_LA_MOA", "REFUSER_MOE", "DEMANDER_COMPLEMENT", "COMPLETER_TRAVAUX", "COMPLETER", "RECYCLER"] as const satisfies readonly LifecycleAction[];
export type WorksAction = (typeof WORKS_ACTIONS)[number];
export const WORKS_ACTION_LABELS: Record<WorksAction, string> = ACTION_LABELS;

const SIDE_ACTIONS: Record<WorksSide, Partial<Record<InvoiceStatus, WorksAction[]>>> = {
  MOE: { MISE_A_DISPOSITION_MOE: ["TRANSMETTRE_A_LA_MOA", "REFUSER_MOE", "DEMANDER_COMPLEMENT"] },
  FOURNISSEUR: { A_COMPLETER: ["COMPLETER_TRAVAUX"], SUSPENDUE: ["COMPLETER"], A_RECYCLER: ["RECYCLER"] },
  // The MOA processes the document in « Factures reçues », with the actions of any received invoice.
  MOA: {},
};

/** What a side may do on a works document in `status` (the status machine decides again when it is done). */
export const worksActionsFor = (status: InvoiceStatus, sides: readonly WorksSide[], right: "CONSULTATION" | "MODIFICATION" = "MODIFICATION"): WorksAction[] =>
  right === "MODIFICATION" ? WORKS_ACTIONS.filter((action) => sides.some((side) => SIDE_ACTIONS[side][status]?.includes(action))) : [];
