// invoices/lifecycle — the invoice's life after its draft: the status machine (its creation moves included), its one
// transition and recordCreation, the routing to the recipient and the notices; for server code and other areas.
export { recordCreation, type CreationOutcome } from "./data/creation.ts";
export { INVOICE_ROUTING_QUEUE } from "./data/routing-queue.ts";
export { applyTransition, moveInvoiceAsPlatform } from "./data/transition.ts";
export { routingJobHandlers } from "./jobs.ts";
export { type LifecycleAction } from "./rules/lifecycle-contract.ts";
export { AFNOR_LIFECYCLE_CODES, AFNOR_LIFECYCLE_LABELS, afnorLifecycleOf, type AfnorLifecycleCode } from "./rules/afnor-lifecycle-codes.ts";
export { ACTION_LABELS, CREATIONS, MOVES, availableActions } from "./rules/status-machine.ts";
export { checkTransitionFields, toTransitionCommand } from "./rules/transition-form.ts";
export { changeInvoiceStatus } from "./use-cases/change-invoice-status.ts";
export { type StatusChanged, type StatusCommand } from "./use-cases/change-invoice-status.ts";
export { changeInvoicesStatus } from "./use-cases/change-invoices-status.ts";
export { routeInvoice } from "./use-cases/route-invoice.ts";
export { recycledOnSendingNotice } from "./rules/routing.ts";
