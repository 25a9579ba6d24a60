// A request is known only at run time: no prerendered shell for an id.
export const prerender = false;
