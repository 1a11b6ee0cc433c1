"use client";
import Link from "next/link";
import { PortalTabs, type TabLink } from "./portal-tabs.tsx";
import { SignOutButton } from "./sign-out-button.tsx";

const MENU_ID = "menu-principal";

/** The signed-in user's name, as the header shows it (nothing else of the session reaches the browser). */
export type HeaderUser = { prenom: string; nom: string };

function ToolsLinks({ user, suffix }: { user: HeaderUser | null; suffix: string }) {
  return (
    <ul className="fr-btns-group">
      {user ? (
        <>
          <li>
            <Link id={`lien-annuaire${suffix}`} className="fr-btn fr-icon-search-line" href="/recherche-structure-publique">
              Rechercher une structure publique
            </Link>
          </li>
          <li>
            <Link id={`lien-compte${suffix}`} className="fr-btn fr-icon-account-circle-line" href="/mon-compte">
              {user.prenom} {user.nom}
            </Link>
          </li>
          <li>
            <SignOutButton />
          </li>
        </>
      ) : (
        <li>
          <Link id={`lien-annuaire${suffix}`} className="fr-btn fr-icon-search-line" href="/structures-publiques">
            Rechercher une structure publique
          </Link>
        </li>
      )}
    </ul>
  );
}

/**
 * The DSFR header, with the portal's tabs in its menu (a modal on small screens). The State's brand block
 * (Marianne, « République française ») is reserved to official sites: shown only when OFFICIAL_DEPLOYMENT=true.
 * A client component (decision 0025, fourth pass): the page carries its few props for hydration instead of the
 * header's whole tree (its tools links are in it twice, for the menu on small screens); the HTML is the same.
 */
export function SiteHeader({ user, tabs, serviceName, officialDeployment }: { user: HeaderUser | null; tabs: TabLink[]; serviceName: string; officialDeployment: boolean }) {
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                {officialDeployment && (
                  <div className="fr-header__logo">
                    <p className="fr-logo">
                      République
                      <br />
                      Française
                    </p>
                  </div>
                )}
                <div className="fr-header__navbar">
                  <button className="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls={MENU_ID} aria-haspopup="menu" id="bouton-menu" title="Menu">
                    Menu
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <Link href={user ? "/accueil" : "/"} title={`Accueil - ${serviceName}`}>
                  <p className="fr-header__service-title">{serviceName}</p>
                </Link>
                <p className="fr-header__service-tagline">Dépôt, saisie et suivi des factures des fournisseurs publics</p>
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <ToolsLinks user={user} suffix="" />
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="fr-header__menu fr-modal" id={MENU_ID} aria-labelledby="bouton-menu">
        <div className="fr-container">
          <button className="fr-btn--close fr-btn" aria-controls={MENU_ID} title="Fermer">
            Fermer
          </button>
          <div className="fr-header__menu-links">
            <ToolsLinks user={user} suffix="-mobile" />
          </div>
          {tabs.length > 0 && <PortalTabs tabs={tabs} />}
        </div>
      </div>
    </header>
  );
}
