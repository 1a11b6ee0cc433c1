// How many rows a page of the Administration space's lists shows. Pure: no I/O.

export const CLAIMS_PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 50;
