// Accueil's actualités: the published ones (the page reads them) and their block.
export { ActualitesBlock } from "./components/actualites-block.tsx";
export { listActualites } from "./use-cases/list-actualites.ts";
