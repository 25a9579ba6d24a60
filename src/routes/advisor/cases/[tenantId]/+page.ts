// One tenant's case: rendered in the browser from GET /api/advisor/cases/[tenantId]; the id is
// not known at build time, so there is no prerendered shell (design.md).
export const prerender = false;
