import { getSollicitation } from "@/features/sollicitations/index.ts";
import { SollicitationPage } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Sollicitation adressée au support - Administration" };

type Query = { repondue?: string; priseEnCharge?: string };

/** A sollicitation addressed to the support: the thread, Prendre en charge, Répondre. */
export default async function SupportSollicitationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Query> }) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const { sollicitation, mayModify } = await findOr404([id], () => getSollicitation({ userId: user.id, sollicitationId: id, viewpoint: "SUPPORT" }));
  const notice = (Object.keys(query) as (keyof Query)[]).find((key) => query[key] === "1");
  return <SollicitationPage sollicitation={sollicitation} viewpoint="SUPPORT" mayModify={mayModify} notice={notice} />;
}
