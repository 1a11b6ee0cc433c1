// How many engagements a screen shows at most. Pure.

/** The most recent engagements a list shows (the import and the supplier's view cover the rest). */
export const ENGAGEMENTS_PAGE_SIZE = 200;

/** At most this many suggestions under « Numéro d'engagement ». */
export const QUOTABLE_ENGAGEMENTS_MAX = 50;
