"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type SubTab = { label: string; href: string };

/**
 * The sub-tabs of an espace (Factures émises, Factures reçues, the works espaces), the current one marked for assistive
 * technologies. `isCurrent`: when a tab also stands for pages under it (by default only its own path).
 */
export function SubTabsNav({ label, tabs, isCurrent = (pathname, href) => pathname === href }: { label: string; tabs: readonly SubTab[]; isCurrent?: (pathname: string, href: string) => boolean }) {
  const pathname = usePathname();
  return (
    <nav className="fr-nav fr-mb-4w" role="navigation" aria-label={label}>
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
