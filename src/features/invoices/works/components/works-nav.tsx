"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Tab = { label: string; href: string };

/** The sub-tabs of a works espace (works-page-parts.ts). */
export function WorksNav({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const pathname = usePathname();
  return (
    <nav className="fr-nav fr-mb-4w" role="navigation" aria-label={label}>
      <ul className="fr-nav__list">
        {tabs.map((tab) => (
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
