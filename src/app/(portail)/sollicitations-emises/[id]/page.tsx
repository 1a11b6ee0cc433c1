import { getSollicitation } from "@/features/sollicitations/index.ts";
import { SollicitationPage } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Consulter une sollicitation émise" };

type Query = { envoyee?: string; repondue?: string; cloturee?: string };

/** A sollicitation of the user's structures: the thread, Répondre, Clôturer. */
export default async function SollicitationEmisePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const { sollicitation, mayModify } = await findOr404([id], () => getSollicitation({ userId: user.id, sollicitationId: id, viewpoint: "EMISES" }));
  const notice = (Object.keys(query) as (keyof Query)[]).find((key) => query[key] === "1");
  return (
    <SollicitationPage
      sollicitation={sollicitation}
      viewpoint="EMISES"
      mayModify={mayModify}
      notice={notice}
      invoiceHref={sollicitation.invoice ? `/factures-emises/${sollicitation.invoice.id}` : undefined}
    />
  );
}
