// What the works pages (server components) hand their client components: the sub-tabs, and which actions belong to
// which side. Plain values, outside the "use client" modules, so that a server component reads them as values.
import type { WorksAction } from "../rules/works-labels.ts";

type Tab = { label: string; href: string };

/** The sub-tabs of « Factures de travaux » (the supplier's): its documents, and the entry of a new one. */
export const SUPPLIER_WORKS_TABS: readonly Tab[] = [
  { label: "Rechercher", href: "/factures-travaux" },
  { label: "Saisir un document", href: "/factures-travaux/saisir" },
];

/** The sub-tabs of « Factures de travaux reçues » (the MOE's and the MOA's). */
export const RECEIVED_WORKS_TABS: readonly Tab[] = [{ label: "Rechercher", href: "/factures-travaux-recues" }];

/** The MOE's decisions, and the supplier's follow-up: a page shows the ones of the side it serves. */
export const MOE_DECISIONS: readonly WorksAction[] = ["TRANSMETTRE_A_LA_MOA", "REFUSER_MOE", "DEMANDER_COMPLEMENT"];
export const SUPPLIER_FOLLOW_UPS: readonly WorksAction[] = ["COMPLETER_TRAVAUX", "COMPLETER", "RECYCLER"];
