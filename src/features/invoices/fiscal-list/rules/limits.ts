// How much a « Liste fiscale » may hold: a fiscal list is complete or not given, never cut, so a period with more
// invoices is refused and the user chooses a shorter one. Pure.
export const FISCAL_LIST_PAGE_SIZE = 50;
/** The page, its totals and the CSV (streamed) read at most this many invoices. */
export const FISCAL_LIST_MAX_ROWS = 50_000;
/** The PDF is built in memory: about 25 invoices a page, so at most 200 pages. */
export const FISCAL_LIST_PDF_MAX_ROWS = 5_000;

export const tooManyRowsMessage = (max: number, what: string) =>
  `La période compte plus de ${new Intl.NumberFormat("fr-FR").format(max).replace(/[\u202f\u00a0]/g, " ")} factures, au-delà de ce que ${what} peut contenir : choisissez une période plus courte.`;
