// The addresses of the Raccordements EDI et API pages, shared by the pages and the actions that go back to them.
export const raccordementsPath = (structureId: string) => `/activites-gestionnaire/structures/${structureId}/raccordements`;
