// Engagements: the public entry for React code (components and the pure rules they need).
export { EngagementsTable } from "./components/engagements-table.tsx";
export { CreateEngagementForm, EngagementRequirementForm, ImportEngagementsForm } from "./components/engagement-forms.tsx";
export { EngagementSuggestions } from "./components/engagement-suggestions.tsx";
export { ENGAGEMENT_STATUS_LABELS } from "./rules/engagement-quote.ts";
