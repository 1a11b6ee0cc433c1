// The Administration space's public entry for React code. Never reaches @/server.
export { ClaimDecisionForms } from "./components/claim-decision-forms.tsx";
