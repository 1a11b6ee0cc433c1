import Link from "next/link";
import { config } from "@/server/config.ts";

export function SiteFooter() {
  return (
    <footer className="fr-footer" role="contentinfo" id="pied-de-page">
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            {config.officialDeployment ? (
              <Link href="/" title={`Accueil - ${config.serviceName}`}>
                <p className="fr-logo">
                  République
                  <br />
                  Française
                </p>
              </Link>
            ) : (
              <Link href="/" className="fr-footer__brand-link" title={`Accueil - ${config.serviceName}`}>
                <span className="fr-h6 fr-mb-0">{config.serviceName}</span>
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
