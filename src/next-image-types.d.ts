// The types of imported images (the DSFR's favicons, src/components/dsfr/dsfr-head.tsx) as next-env.d.ts gives them:
// that file is written by next build and next dev and kept out of git, while npm test checks the types before any build.
/// <reference types="next/image-types/global" />
