/**
 * The landlord-share endpoints (src/lib/server/landlord-share/README.md): the tenant's side
 * (`/api/landlord-share`), landlord staff (`/api/landlord/requests`, `/api/landlord/proposals`)
 * and the advisor's view of the landlord side of a case. Answers parsed with the shared shapes.
 */
import { z } from 'zod/mini';
import {
	advisorShareViewSchema,
	proposalViewSchema,
	staffOverviewSchema,
	staffProposalSchema,
	staffRequestSchema,
	tenantShareViewSchema,
	type ProposalAnswerBody,
	type RentAccountBody
} from '$lib/schemas/landlord-share';
import { consentViewSchema } from '$lib/schemas/consent';
import { getJson, sendJson } from './client';
import { withdrawUrl } from './consents';

const proposalResponse = z.object({ proposal: proposalViewSchema });
const id = (value: string) => encodeURIComponent(value);

// --- the tenant -------------------------------------------------------------------------------

export const fetchTenantShare = (landlordKey: string | null) =>
	getJson(
		`/api/landlord-share${landlordKey ? `?landlordKey=${id(landlordKey)}` : ''}`,
		tenantShareViewSchema
	);

export const sendPlanToLandlord = (planId: string, orgId: string) =>
	sendJson('/api/landlord-share/proposals', { planId, orgId }, proposalResponse);

export const acceptCounterProposal = (proposalId: string) =>
	sendJson(`/api/landlord-share/proposals/${id(proposalId)}/accept-counter`, {}, proposalResponse);

// --- landlord staff ---------------------------------------------------------------------------

export const fetchStaffOverview = () => getJson('/api/landlord/requests', staffOverviewSchema);
export const fetchStaffRequest = (requestId: string) =>
	getJson(`/api/landlord/requests/${id(requestId)}`, staffRequestSchema);
export const saveRentAccount = (requestId: string, account: RentAccountBody) =>
	sendJson(`/api/landlord/requests/${id(requestId)}/account`, { account }, staffRequestSchema);
export const uploadRentCsv = (requestId: string, csv: string) =>
	sendJson(`/api/landlord/requests/${id(requestId)}/csv`, { csv }, staffRequestSchema);
export const fetchStaffProposal = (proposalId: string) =>
	getJson(`/api/landlord/proposals/${id(proposalId)}`, staffProposalSchema);
export const answerProposal = (proposalId: string, body: ProposalAnswerBody) =>
	sendJson(`/api/landlord/proposals/${id(proposalId)}/answer`, body, staffProposalSchema);
export const confirmPayment = (
	proposalId: string,
	body: { month: string; rentArrived: boolean; instalmentArrived: boolean }
) => sendJson(`/api/landlord/proposals/${id(proposalId)}/payments`, body, staffProposalSchema);

// --- the advisor ------------------------------------------------------------------------------

export const fetchAdvisorShare = (tenantId: string) =>
	getJson(`/api/advisor/cases/${id(tenantId)}/landlord`, advisorShareViewSchema);

// --- consents towards the organisation (the consent endpoints, with the landlord kind) --------

const withdrawResponse = z.object({ consent: consentViewSchema, withdrawn: z.boolean() });

export const withdrawLandlordConsent = (consentId: string) =>
	sendJson(withdrawUrl(consentId), {}, withdrawResponse);
