// Accueil's actualités: the public entry (a server component reading the published ones).
export { ActualitesBlock } from "./components/actualites-block.tsx";
