/** The landlord staff's referral codes (src/lib/server/landlords/README.md). */
import {
	codeListSchema,
	createCodesAnswerSchema,
	revokeAnswerSchema,
	type CodeStatus,
	type CreateCodesBody
} from '$lib/schemas/landlord-codes';
import { getJson, sendJson } from './client';

export function fetchCodes(options: { status?: CodeStatus; page?: number } = {}) {
	const query = new URLSearchParams();
	if (options.status) query.set('status', options.status);
	if (options.page && options.page > 1) query.set('page', String(options.page));
	const q = query.toString();
	return getJson(`/api/landlord/codes${q ? `?${q}` : ''}`, codeListSchema);
}

export const createCodes = (body: CreateCodesBody) =>
	sendJson('/api/landlord/codes', body, createCodesAnswerSchema);

export const revokeCode = (id: string) =>
	sendJson(`/api/landlord/codes/${encodeURIComponent(id)}/revoke`, {}, revokeAnswerSchema);
