import { z } from "zod";
import { criteriaFrom, type SearchParams } from "../rules/search-params.ts";
import { directorySearchSchema, PAGE_SIZES } from "../schemas.ts";
import { searchPublicDirectory } from "./search-public-directory.ts";

/**
 * "Recherche de destinataire" as the page's URL asks it: the criteria typed, their errors, the page size, and once
 * they are valid the matching public structures. Nothing is searched before the form is submitted.
 */
export async function readDirectorySearch({ searchParams }: { searchParams: SearchParams }) {
  const criteria = criteriaFrom(searchParams);
  const submitted = criteria.identifiant !== undefined || criteria.texte !== undefined;
  const parsed = submitted ? directorySearchSchema.safeParse(criteria) : undefined;
  return {
    criteria,
    errors: parsed && !parsed.success ? z.flattenError(parsed.error).fieldErrors : {},
    pageSize: parsed?.success ? parsed.data.parPage : PAGE_SIZES[0],
    result: parsed?.success ? await searchPublicDirectory(parsed.data) : undefined,
  };
}

export type DirectorySearchView = Awaited<ReturnType<typeof readDirectorySearch>>;
