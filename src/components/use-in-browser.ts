import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server's HTML and while hydrating, true once the page runs in the browser. For the parts that only
 * JavaScript can open (a DSFR modal opened from a client-side handler): rendered in the browser, they are not rendered
 * and sent in every page's HTML (decision 0025). The DSFR binds a modal added later to its buttons.
 */
export const useInBrowser = () => useSyncExternalStore(noSubscription, () => true, () => false);
