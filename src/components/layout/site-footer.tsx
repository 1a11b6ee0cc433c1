"use client";
import Link from "next/link";

/** The DSFR footer; a client component, so that the page carries two props for hydration instead of its tree. */
export function SiteFooter({ serviceName, officialDeployment }: { serviceName: string; officialDeployment: boolean }) {
  return (
    <footer className="fr-footer" role="contentinfo" id="pied-de-page">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            {officialDeployment ? (
              <Link href="/" title={`Accueil - ${serviceName}`}>
                <p className="fr-logo">
                  République
                  <br />
                  Française
                </p>
              </Link>
            ) : (
              <Link href="/" className="fr-footer__brand-link" title={`Accueil - ${serviceName}`}>
                <span className="fr-h6 fr-mb-0">{serviceName}</span>
              </Link>
            )}
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">
              Logiciel libre de facturation électronique entre les fournisseurs et les entités publiques : saisie ou dépôt des
              factures (PDF, Factur-X, UBL, CII) et suivi de leur traitement jusqu&apos;au paiement.
            </p>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <span className="fr-footer__bottom-link">Accessibilité : partiellement conforme</span>
            </li>
            <li className="fr-footer__bottom-item">
              <Link className="fr-footer__bottom-link" href="/structures-publiques">
                Rechercher une structure publique
              </Link>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="/api/health">
                État du service
              </a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
