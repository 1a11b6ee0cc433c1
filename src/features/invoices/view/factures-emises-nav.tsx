"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The sub-tabs of "Factures émises", in the order of the portal; "Synthèse" is the list of invoices to follow up. */
const SUB_TABS = [
  { label: "Synthèse", href: "/factures-emises" },
  { label: "Rechercher", href: "/factures-emises/rechercher" },
  { label: "Tableau de bord", href: "/factures-emises/tableau-de-bord" },
  { label: "Saisir facture", href: "/factures-emises/saisir" },
  { label: "Dépôt factures", href: "/factures-emises/depot" },
  { label: "Liste fiscale", href: "/factures-emises/liste-fiscale" },
] as const;

/** The tab a page belongs to: "Dépôt par lot" and "Suivi des flux" are pages of "Dépôt factures". */
const isCurrent = (pathname: string, href: string) => pathname === href || (href === "/factures-emises/depot" && pathname.startsWith(`${href}/`));

export function FacturesEmisesNav() {
  const pathname = usePathname();
  return (
    <nav className="fr-nav fr-mb-4w" role="navigation" aria-label="Factures émises">
      <ul className="fr-nav__list">
        {SUB_TABS.map((tab) => (
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
