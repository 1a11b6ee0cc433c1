// invoices/entry — the entry for React code (never reaches @/server but through the server actions its recipient
// picker calls): the recipient's choice and search, which Recycler reuses.
export { RecipientChoice, RecipientServiceOptions } from "./components/recipient-choice.tsx";
export { RecipientSearchDialog, recipientSearchDialog } from "./components/recipient-search-dialog.tsx";
export { recipientRuleHints } from "./components/recipient-section.tsx";
