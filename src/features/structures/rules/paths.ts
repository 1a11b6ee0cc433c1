// The addresses of the structure pages, shared by the actions that go back to them.

/** A managed structure's page (Activités du gestionnaire > Mes structures). */
export const structurePath = (structureId: string) => `/activites-gestionnaire/structures/${structureId}`;
