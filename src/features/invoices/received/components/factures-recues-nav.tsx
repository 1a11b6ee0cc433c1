"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The sub-tabs of "Factures reçues": the list and its search, and the buyer's dashboard. */
const SUB_TABS: readonly { label: string; href: string }[] = [
  { label: "Rechercher", href: "/factures-recues" },
  { label: "Tableau de bord", href: "/factures-recues/tableau-de-bord" },
];

export function FacturesRecuesNav() {
  const pathname = usePathname();
  return (
    <nav className="fr-nav fr-mb-4w" role="navigation" aria-label="Factures reçues">
      <ul className="fr-nav__list">
        {SUB_TABS.map((tab) => (
          <li key={tab.href} className="fr-nav__item">
            <Link className="fr-nav__link" href={tab.href} aria-current={pathname === tab.href ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
