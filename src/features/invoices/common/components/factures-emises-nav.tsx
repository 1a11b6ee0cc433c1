"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

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
  const pathname = usePathname();
  const tabs = mayModify ? SUB_TABS : [...SUB_TABS.filter((tab) => !tab.changes), FLUX_TAB];
  return (
    <nav className="fr-nav fr-mb-4w" role="navigation" aria-label="Factures émises">
      <ul className="fr-nav__list">
        {tabs.map((tab) => (
          <li key={tab.href} className="fr-nav__item">
            <Link className="fr-nav__link" href={tab.href} aria-current={isCurrent(pathname, tab.href) ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
