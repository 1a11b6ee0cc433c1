"use client";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";

/** DSFR pagination of a list held in the browser: its links change the page without leaving the form. */
export function ClientPagination({ id, count, page, onChange }: { id: string; count: number; page: number; onChange: (page: number) => void }) {
  if (count <= 1) return null;
  return (
    <Pagination
      id={id}
      count={count}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(pageNumber) => ({
        href: `#${id}-${pageNumber}`,
        onClick: (event: React.MouseEvent) => {
          event.preventDefault();
          onChange(pageNumber);
        },
      })}
    />
  );
}

export const PAGE_SIZE = 5;

/** "5 lignes par page (N lignes)", as the portal writes it. */
export const linesPerPageLabel = (total: number) => `${PAGE_SIZE} lignes par page (${total} ligne${total > 1 ? "s" : ""})`;
