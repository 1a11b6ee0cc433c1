// invoices/lifecycle — the entry for React code (never reaches @/server): the dialog of a move with its motif, and the
// vocabulary of the moves.
export { TransitionDialog } from "./components/transition-dialog.tsx";
export { REJECTION_MOTIFS, type LifecycleAction } from "./rules/lifecycle-contract.ts";
export { ACTION_LABELS, COMMENT_MAX_LENGTH, MOTIF_MAX_LENGTH, availableActions, MOVES } from "./rules/status-machine.ts";
export { checkTransitionFields, toTransitionCommand } from "./rules/transition-form.ts";
