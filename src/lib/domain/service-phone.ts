/**
 * The service's phone number, for tenants who cannot book online. It is a deployment setting
 * (`SERVICE_PHONE` on the server), so it is checked here before it reaches a page or a `tel:` link.
 */
export interface ServicePhone {
	/** As the operator wrote it, spaces kept: "+358 40 123 4567". */
	display: string;
	/** For `tel:` links: digits and a leading plus only. */
	tel: string;
}

const ALLOWED = /^\+?[0-9(][0-9 ()-]{4,28}$/;

/** A phone number an operator set, or null when it is unset or not a phone number. */
export function parseServicePhone(value: string | null | undefined): ServicePhone | null {
	const display = (value ?? '').trim().replace(/\s+/g, ' ');
	if (!ALLOWED.test(display)) return null;
	const tel = (display.startsWith('+') ? '+' : '') + display.replace(/\D/g, '');
	// 5 digits is the shortest Finnish service number; 15 is the E.164 maximum.
	const digits = tel.replace('+', '').length;
	return digits >= 5 && digits <= 15 ? { display, tel } : null;
}
