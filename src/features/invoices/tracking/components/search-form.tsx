import { InvoiceStatus } from "@/generated/prisma/enums.ts";
import { CADRE_LABELS, CADRES, INVOICE_STATUS_LABELS, StructureSelect } from "@/features/invoices/common/ui.ts";
import { REJECTION_FILTER_LABELS, REJECTION_FILTERS } from "../rules/rejection-handling.ts";
import type { ChoiceOptions } from "@/components/choice-select.tsx";
import { SearchFormFields } from "./search-form-fields.tsx";

type Props = {
  /** The values as typed (GET parameters), shown back as they were. */
  values: Record<string, string>;
  errors: Record<string, string | undefined>;
  structures: { id: string; raisonSociale: string }[];
};

const STATUS_OPTIONS: ChoiceOptions = (Object.values(InvoiceStatus) as InvoiceStatus[]).map((status) => [status, INVOICE_STATUS_LABELS[status]]);
const CADRE_OPTIONS: ChoiceOptions = CADRES.map((cadre) => [cadre, CADRE_LABELS[cadre]]);
const REJECTION_OPTIONS: ChoiceOptions = REJECTION_FILTERS.map((filter) => [filter, REJECTION_FILTER_LABELS[filter]]);

/**
 * "Critères de recherche": a plain GET form (works without JavaScript; the URL is the search, bookmarkable). Its
 * markup is a client component's, given the options' values and labels (search-form-fields.tsx).
 */
export function SearchForm({ values, errors, structures }: Props) {
  return (
    <SearchFormFields
      values={values}
      errors={errors}
      statuses={STATUS_OPTIONS}
      cadres={CADRE_OPTIONS}
      rejections={REJECTION_OPTIONS}
      structureSelect={
        structures.length > 1 ? (
          <StructureSelect label="Structure" allLabel="Toutes" structures={structures} selected={values.structure} state={errors.structure ? "error" : "default"} stateRelatedMessage={errors.structure} />
        ) : undefined
      }
    />
  );
}
