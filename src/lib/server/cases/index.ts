export { openCase, caseIdsForTenants, eraseTenantCaseText, tenantCases } from './service';
export { outcomeReport } from './report';
