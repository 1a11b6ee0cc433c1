import { config } from "@/server/config.ts";

export const metadata = { title: "Conditions générales d'utilisation" };

/** The portal's terms of use: public, since a mandate's signataire is asked to read them. */
export default function ConditionsGeneralesPage() {
  return (
    <main id="contenu" role="main" className="fr-container fr-py-6w" tabIndex={-1}>
      <h1>Conditions générales d&apos;utilisation du portail</h1>
      <h2 className="fr-h4">1. Objet</h2>
      <p>
        Le {config.serviceName} permet aux fournisseurs des entités publiques de leur adresser leurs factures sous forme électronique et
        d&apos;en suivre le traitement jusqu&apos;au paiement, et aux entités publiques de les recevoir et de les traiter. Son usage est
        gratuit.
      </p>
      <h2 className="fr-h4">2. Compte et rattachement</h2>
      <p>
        Chaque utilisateur accède au portail avec un compte personnel, activé par un lien envoyé par courriel. Il garde secret son mot de
        passe et signale sans délai toute utilisation de son compte qu&apos;il n&apos;a pas faite. Il ne se rattache qu&apos;aux
        structures pour lesquelles il est habilité à agir ; le gestionnaire d&apos;une structure répond des droits qu&apos;il donne à ses
        utilisateurs.
      </p>
      <h2 className="fr-h4">3. Mandat de facturation</h2>
      <p>
        Une structure privée qui saisit ses factures dans le portail lui donne mandat de les émettre en son nom et pour son compte
        (article 289, I-2 du Code général des impôts). Le mandat est signé en ligne par un gestionnaire de la structure et peut être
        révoqué à tout moment ; sans mandat actif, aucune facture ne peut être saisie. La structure reste responsable du contenu de ses
        factures.
      </p>
      <h2 className="fr-h4">4. Engagements de l&apos;utilisateur</h2>
      <p>
        L&apos;utilisateur transmet des informations exactes et des factures conformes à la réglementation. Il n&apos;adresse aucun
        contenu illicite et ne cherche pas à perturber le fonctionnement du portail ni à accéder aux données d&apos;autres structures.
      </p>
      <h2 className="fr-h4">5. Disponibilité</h2>
      <p>
        Le portail est accessible en permanence, sauf interruption pour maintenance, annoncée autant que possible dans les actualités.
        Aucune indemnité n&apos;est due en cas d&apos;indisponibilité.
      </p>
      <h2 className="fr-h4">6. Données personnelles</h2>
      <p>
        Les données des utilisateurs servent à la gestion de leur compte et au traitement des factures. Elles ne sont communiquées
        qu&apos;aux structures concernées par ces factures. Chaque utilisateur peut y accéder et les faire rectifier depuis « Mon
        compte ».
      </p>
      <h2 className="fr-h4">7. Évolution des conditions</h2>
      <p>Ces conditions peuvent évoluer ; la version en vigueur est celle publiée sur cette page.</p>
    </main>
  );
}
