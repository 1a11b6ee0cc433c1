"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type TabLink = { label: string; href: string };

/** The portal's tabs, as the DSFR main navigation; the current one is marked for screen readers. */
export function PortalTabs({ tabs }: { tabs: TabLink[] }) {
  const pathname = usePathname();
  return (
    <nav id="navigation" className="fr-nav" role="navigation" aria-label="Espaces du portail">
      <ul className="fr-nav__list">
        {tabs.map((tab) => (
          <li key={tab.href} className="fr-nav__item">
            <Link className="fr-nav__link" href={tab.href} aria-current={pathname.startsWith(tab.href) ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
