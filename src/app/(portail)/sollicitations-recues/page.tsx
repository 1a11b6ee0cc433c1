import { listSollicitations, parseSollicitationSearch } from "@/features/sollicitations/index.ts";
import { SollicitationsList } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Sollicitations reçues" };

/** Sollicitations reçues: the questions addressed to the user's public structures, to search, take in charge and answer. */
export default async function SollicitationsRecuesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { values, errors, search } = parseSollicitationSearch(await searchParams);
  const list = search ? await listSollicitations({ userId: user.id, viewpoint: "RECUES", search }) : null;
  return (
    <>
      <h1>Sollicitations reçues</h1>
      <SollicitationsList viewpoint="RECUES" values={values} errors={errors} list={list} />
    </>
  );
}
