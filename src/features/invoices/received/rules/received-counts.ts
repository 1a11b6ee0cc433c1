// When the total of a Factures reçues search can be read from the counts kept per recipient, service and status
// (received_invoice_counts, docs/decisions/0022-received-counts.md) rather than by counting the invoices: when its
// only criteria are a status, « à traiter » and a service, the dimensions of those counts. Pure.
import type { ReceivedGroup } from "./received-dashboard.ts";
import { isToProcess } from "./received-dashboard.ts";
import type { ReceivedInvoiceFilters } from "./received-search.ts";

/** The criteria that narrow the list (the sort and the page do not). */
const NARROWING: (keyof ReceivedInvoiceFilters)[] = ["number", "supplier", "status", "toProcess", "paymentDeadline", "serviceId", "depositFrom", "depositTo", "amountMin", "amountMax"];
/** Those the counts can answer. */
const BY_COUNTS = new Set<keyof ReceivedInvoiceFilters>(["status", "toProcess", "serviceId"]);

const given = (filters: ReceivedInvoiceFilters, key: keyof ReceivedInvoiceFilters) => {
  const value = filters[key];
  return typeof value === "string" ? value.trim() !== "" : Boolean(value);
};

/** Whether every criterion given is one the counts answer. */
export const countableByGroups = (filters: ReceivedInvoiceFilters) => NARROWING.every((key) => !given(filters, key) || BY_COUNTS.has(key));

/** The total of such a search: the groups of its status (or those à traiter) and service. Groups of other statuses are not received ones: the caller reads only RECEIVED_STATUSES. */
export function totalOfGroups(groups: ReceivedGroup[], filters: ReceivedInvoiceFilters): number {
  return groups
    .filter((group) => (!filters.status || group.status === filters.status) && (!filters.toProcess || isToProcess(group.status)) && (!filters.serviceId || group.serviceId === filters.serviceId))
    .reduce((total, group) => total + group.count, 0);
}
