import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { Table } from "@codegouvfr/react-dsfr/Table";
import Link from "next/link";
import { raccordementsPath, WEBHOOK_DELIVERY_STATUS_LABELS, WEBHOOK_EVENT_LABELS } from "@/features/raccordements/ui.ts";
import { listWebhookDeliveries } from "@/features/raccordements/use-cases/list-webhook-deliveries.ts";
import { pageParam } from "@/lib/page-param.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Historique des envois des webhooks" };

const PAGE_SIZE = 20;
const dateTime = (date: Date | null) => (date ? date.toLocaleString("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "medium" }) : "");

export default async function LivraisonsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  const { id } = await params;
  const pageNumber = pageParam((await searchParams).page);
  const user = await requireUser();
  const { total, rows } = await findOr404([id], () => listWebhookDeliveries({ userId: user.id, structureId: id, page: { number: pageNumber, size: PAGE_SIZE } }));
  const back = raccordementsPath(id);
  return (
    <>
      <p className="fr-mb-1w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={back}>
          Retour aux raccordements
        </Link>
      </p>
      <h1>Historique des envois des webhooks</h1>
      <p className="fr-text--sm fr-mb-1w">
        {PAGE_SIZE} lignes par page ({total} {total > 1 ? "envois" : "envoi"}), les plus récents d&apos;abord
      </p>
      {total === 0 ? (
        <p>Aucun envoi.</p>
      ) : (
        <Table
          headers={["Événement", "Date", "Adresse", "Statut", "Tentatives", "Dernier code HTTP", "Dernière réponse"]}
          caption="Envois des événements aux adresses abonnées"
          data={rows.map((row) => [
            WEBHOOK_EVENT_LABELS[row.eventType],
            dateTime(row.createdAt),
            <code key="url">{row.subscription.url}</code>,
            WEBHOOK_DELIVERY_STATUS_LABELS[row.status],
            String(row.attempts),
            row.lastStatusCode === null ? "" : String(row.lastStatusCode),
            row.lastResponse ? row.lastResponse.slice(0, 200) : "",
          ])}
        />
      )}
      {total > PAGE_SIZE && <Pagination count={Math.ceil(total / PAGE_SIZE)} defaultPage={pageNumber} getPageLinkProps={(page) => ({ href: `${back}/webhooks/livraisons?page=${page}` })} />}
    </>
  );
}
