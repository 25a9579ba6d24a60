// A code's landing page: the code is not known at build time, so there is no prerendered shell;
// offline, the service worker's app shell renders it and the page says to check the code later.
export const prerender = false;
