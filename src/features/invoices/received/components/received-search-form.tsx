import { INVOICE_STATUS_LABELS, RECEIVED_STATUSES } from "@/features/invoices/common/ui.ts";
import { PAYMENT_DEADLINE_FILTER_LABELS, PAYMENT_DEADLINE_FILTERS, RECEIVED_SORT_LABELS, RECEIVED_SORTS, type ReceivedSearchValues } from "../rules/received-search.ts";
import type { ChoiceOptions } from "@/components/choice-select.tsx";
import { ReceivedSearchFormFields } from "./received-search-form-fields.tsx";

type Props = { values: ReceivedSearchValues; fieldErrors?: Record<string, string>; services: { id: string; label: string }[] };

const STATUS_OPTIONS: ChoiceOptions = RECEIVED_STATUSES.map((status) => [status, INVOICE_STATUS_LABELS[status]]);
const DEADLINE_OPTIONS: ChoiceOptions = PAYMENT_DEADLINE_FILTERS.map((filter) => [filter, PAYMENT_DEADLINE_FILTER_LABELS[filter]]);
const SORT_OPTIONS: ChoiceOptions = RECEIVED_SORTS.map((sort) => [sort, RECEIVED_SORT_LABELS[sort]]);

/**
 * The criteria of "Factures reçues": a plain GET form (works without JavaScript), each error next to its field. Its
 * markup is a client component's, given the options' values and labels (received-search-form-fields.tsx).
 */
export function ReceivedSearchForm({ values, fieldErrors, services }: Props) {
  return <ReceivedSearchFormFields values={values} fieldErrors={fieldErrors} services={services} statuses={STATUS_OPTIONS} deadlines={DEADLINE_OPTIONS} sorts={SORT_OPTIONS} />;
}
