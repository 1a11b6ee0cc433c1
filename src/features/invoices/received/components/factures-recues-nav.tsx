import { SubTabsNav } from "@/features/invoices/common/ui.ts";

/** The sub-tabs of "Factures reçues": the list and its search, and the buyer's dashboard. */
const SUB_TABS: readonly { label: string; href: string }[] = [
  { label: "Rechercher", href: "/factures-recues" },
  { label: "Tableau de bord", href: "/factures-recues/tableau-de-bord" },
];

export function FacturesRecuesNav() {
  return <SubTabsNav label="Factures reçues" tabs={SUB_TABS} />;
}
