/**
 * GET /api/service-info: public deployment data (the service's phone number). Read by hand rather
 * than with a zod schema: the contact box is on light tenant pages that load no zod otherwise.
 */
import { field, getJson, type ApiResult, type Parser } from './client';

export interface ServiceInfo {
	phone: { display: string } | null;
}

const serviceInfo: Parser<ServiceInfo> = {
	safeParse(body) {
		const phone = field(body, 'phone');
		if (phone === null) return { success: true, data: { phone: null } };
		const display = field(phone, 'display');
		return typeof display === 'string'
			? { success: true, data: { phone: { display } } }
			: { success: false };
	}
};

export function fetchServiceInfo(): Promise<ApiResult<ServiceInfo>> {
	return getJson('/api/service-info', serviceInfo);
}
