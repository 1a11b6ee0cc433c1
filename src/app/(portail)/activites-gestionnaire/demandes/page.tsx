import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { listPendingRequests } from "@/features/rattachements/use-cases/list-pending-requests.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Demandes de rattachement" };

const DECISIONS: Record<string, string> = {
  acceptee: "La demande de rattachement est acceptée : l'utilisateur en est informé.",
  refusee: "La demande de rattachement est refusée : l'utilisateur en est informé, avec le motif.",
};

export default async function DemandesRattachementPage({ searchParams }: { searchParams: Promise<{ decision?: string }> }) {
  const user = await requireUser();
  const [requests, { decision }] = await Promise.all([listPendingRequests({ userId: user.id }), searchParams]);
  const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
  return (
    <>
      <h1>Demandes de rattachement</h1>
      {decision && DECISIONS[decision] && <Alert className="fr-mb-3w" severity="success" small description={DECISIONS[decision]} />}
      {requests.length === 0 ? (
        <p>Aucune demande de rattachement n&apos;attend votre décision.</p>
      ) : (
        <Table
          headers={["Structure", "Nom", "Prénom", "Adresse de contact", "Date de la demande", "Actions"]}
          data={requests.map((r) => [
            `${r.structure.raisonSociale} (${r.structure.identifier})`,
            r.user.nom,
            r.user.prenom,
            r.user.contactEmail ?? r.user.loginEmail,
            dateFormat.format(r.createdAt),
            <Link key="actions" className="fr-link" href={`/activites-gestionnaire/demandes/${r.id}`}>
              Traiter la demande<span className="fr-sr-only"> de {r.user.prenom} {r.user.nom}</span>
            </Link>,
          ])}
        />
      )}
    </>
  );
}
