import { Button } from "@codegouvfr/react-dsfr/Button";
import { listSollicitations, parseSollicitationSearch } from "@/features/sollicitations/index.ts";
import { SollicitationsList } from "@/features/sollicitations/ui.ts";
import { requireUser } from "@/server/auth/session.ts";

export const metadata = { title: "Sollicitations émises" };

/** Sollicitations émises: the questions of the user's structures, to search and open; "Saisir sollicitation". */
export default async function SollicitationsEmisesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { values, errors, search } = parseSollicitationSearch(await searchParams);
  const list = search ? await listSollicitations({ userId: user.id, viewpoint: "EMISES", search }) : null;
  return (
    <>
      <h1>Sollicitations émises</h1>
      <Button className="fr-mb-3w" iconId="fr-icon-add-line" linkProps={{ href: "/sollicitations-emises/saisir" }}>
        Saisir sollicitation
      </Button>
      <SollicitationsList viewpoint="EMISES" values={values} errors={errors} list={list} />
    </>
  );
}
