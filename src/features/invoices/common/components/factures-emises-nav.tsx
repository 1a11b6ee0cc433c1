"use client";
import { SubTabsNav } from "./sub-tabs-nav.tsx";

/** The sub-tabs of "Factures émises", in the order of the portal; "Synthèse" is the list of invoices to follow up. */
const SUB_TABS: readonly { label: string; href: string; changes?: true }[] = [
  { label: "Synthèse", href: "/factures-emises" },
  { label: "Rechercher", href: "/factures-emises/rechercher" },
  { label: "Tableau de bord", href: "/factures-emises/tableau-de-bord" },
  { label: "Saisir facture", href: "/factures-emises/saisir", changes: true },
  { label: "Dépôt factures", href: "/factures-emises/depot", changes: true },
  { label: "Liste fiscale", href: "/factures-emises/liste-fiscale" },
  { label: "Engagements", href: "/factures-emises/engagements" },
]
/** For a reader of the espace, in place of "Dépôt factures": its flux, which they may follow. */
const FLUX_TAB = { label: "Suivi des flux", href: "/factures-emises/depot/flux" };

/** The tab a page belongs to: "Dépôt par lot" and "Suivi des flux" are pages of "Dépôt factures". */
const isCurrent = (pathname: string, href: string) =>
  pathname === href || ((href === "/factures-emises/depot" || href === FLUX_TAB.href) && pathname.startsWith(`${href}/`));

/** `mayModify`: the user may change something in the espace for one of their structures (else no entry tab is shown). */
export function FacturesEmisesNav({ mayModify = true }: { mayModify?: boolean }) {
  const tabs = mayModify ? SUB_TABS : [...SUB_TABS.filter((tab) => !tab.changes), FLUX_TAB];
  return <SubTabsNav label="Factures émises" tabs={tabs} isCurrent={isCurrent} />;
}
