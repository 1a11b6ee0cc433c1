"use client";
import Link from "next/link";

/**
 * Never shown today: no page calls unauthorized() (a signed-out user is sent to the login page). With authInterrupts on,
 * Next.js would otherwise put its own English 401 page in every page's React data, as the boundary of each layout;
 * a client component is a reference of a few bytes there (decision 0025, fourth pass).
 */
export default function Unauthorized() {
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <h1>Connexion requise</h1>
      <p>Connectez-vous pour accéder à cette page.</p>
      <Link className="fr-link" href="/">
        Se connecter
      </Link>
    </main>
  );
}
