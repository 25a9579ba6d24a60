/**
 * The service's phone number as pages see it. The server reads it from `SERVICE_PHONE` at run
 * time (`/api/service-info`); pages are prerendered and work offline, so the last answer is kept in
 * localStorage and shown until a fresh one arrives. It is public deployment data, not the tenant's.
 */
import { parseServicePhone, type ServicePhone } from '$lib/domain/service-phone';
import { fetchServiceInfo } from '$lib/api/service-info';

export const SERVICE_PHONE_KEY = 'service-phone';

export function cachedServicePhone(): ServicePhone | null {
	try {
		return parseServicePhone(localStorage.getItem(SERVICE_PHONE_KEY));
	} catch {
		return null;
	}
}

/**
 * Asks the server; on an answer, remembers it (or forgets a number the operator removed). Offline
 * or on an error it returns the cached number, so a page never loses what it showed.
 */
export async function fetchServicePhone(): Promise<ServicePhone | null> {
	const result = await fetchServiceInfo();
	if (!result.ok) return cachedServicePhone();
	const phone = result.data.phone ? parseServicePhone(result.data.phone.display) : null;
	try {
		if (phone) localStorage.setItem(SERVICE_PHONE_KEY, phone.display);
		else localStorage.removeItem(SERVICE_PHONE_KEY);
	} catch {
		// Storage full or blocked: the number still shows on this page.
	}
	return phone;
}
