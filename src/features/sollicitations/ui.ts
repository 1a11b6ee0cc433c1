// Sollicitations — the entry for React code: the lists, the forms, the page of a sollicitation, and the button
// "Poser une question" of a supplier's invoice.
export { AskQuestionButton } from "./components/ask-question-button.tsx";
export { MoveButton } from "./components/move-button.tsx";
export { ReplyForm } from "./components/reply-form.tsx";
export { SollicitationForm, type SollicitationFormProps } from "./components/sollicitation-form.tsx";
export { SollicitationSearchForm, type SearchValues } from "./components/search-form.tsx";
export { SollicitationsTable } from "./components/sollicitations-table.tsx";
export { SollicitationsList } from "./components/sollicitations-list.tsx";
export { SollicitationView } from "./components/sollicitation-view.tsx";
export { SollicitationPage } from "./components/sollicitation-page.tsx";
