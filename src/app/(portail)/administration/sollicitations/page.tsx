import { listSollicitations, parseSollicitationSearch } from "@/features/sollicitations/index.ts";
import { SollicitationsList } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";
import { findOr404 } from "@/server/find-or-404.ts";

export const metadata = { title: "Sollicitations adressées au support - Administration" };

/** Administration > Sollicitations: those addressed to the platform's support, the administrators' desk. */
export default async function SupportSollicitationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { values, errors, search } = parseSollicitationSearch(await searchParams);
  const list = search ? await findOr404([], () => listSollicitations({ userId: user.id, viewpoint: "SUPPORT", search })) : null;
  return (
    <>
      <h1>Sollicitations adressées au support</h1>
      <SollicitationsList viewpoint="SUPPORT" values={values} errors={errors} list={list} />
    </>
  );
}
