"use client";
// A client component: Next.js puts this page in every page's React data (its boundary), where a client component
// is a reference of a few bytes (decision 0025, fourth pass).
import Link from "next/link";

export default function NotFound() {
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <h1>Page non trouvée</h1>
      <p>La page que vous cherchez n&apos;existe pas, ou n&apos;existe plus.</p>
      <Link className="fr-link" href="/">
        Retour à l&apos;accueil
      </Link>
    </main>
  );
}
