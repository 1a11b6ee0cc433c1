"use client";
// A client component: Next.js puts this page in every page's React data (its boundary), where a client component
// is a reference of a few bytes (decision 0025, fourth pass).
import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="contenu" className="fr-container fr-py-6w" tabIndex={-1}>
      <h1>Accès refusé</h1>
      <p>Aucune de vos structures ne vous ouvre cet espace. Un gestionnaire de votre structure peut vous le donner dans « Activités du gestionnaire ».</p>
      <Link className="fr-link" href="/accueil">
        Retour à l&apos;accueil connecté
      </Link>
    </main>
  );
}
