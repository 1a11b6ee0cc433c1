import Link from "next/link";
import { config } from "@/server/config.ts";
import type { CurrentUser } from "@/server/auth/session.ts";
import { PortalTabs, type TabLink } from "./portal-tabs.tsx";
import { SignOutButton } from "./sign-out-button.tsx";

const MENU_ID = "menu-principal";

function ToolsLinks({ user, suffix }: { user: CurrentUser | null; suffix: string }) {
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
 */
export function SiteHeader({ user, tabs }: { user: CurrentUser | null; tabs: TabLink[] }) {
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                {config.officialDeployment && (
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
                <Link href={user ? "/accueil" : "/"} title={`Accueil - ${config.serviceName}`}>
                  <p className="fr-header__service-title">{config.serviceName}</p>
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
          {tabs.length > 0 && <PortalTabs tabs={tabs.map(({ label, href }) => ({ label, href }))} />}
        </div>
      </div>
    </header>
  );
}
