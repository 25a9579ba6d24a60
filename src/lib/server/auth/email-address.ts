/**
 * The one normal form of an email address typed into sign-in. The rate limiter counts the
 * address in this form and Auth.js sends the link to exactly this form (the Nodemailer
 * provider's `normalizeIdentifier`), so spelling one mailbox differently (full-width letters,
 * upper case, spaces, a trailing ",x", a second address) can neither get around the per-address
 * limit nor reach a second recipient.
 *
 * NFKC first: it folds full-width and other compatibility forms (including look-alikes of "@"
 * and ",") into ASCII before anything is checked. Then one dot-atom local part, one "@" and a
 * DNS domain; lists, quotes, comments, display names and angle brackets are refused. The whole
 * address is lower-cased: domains are case-insensitive, and the accounts already in the
 * database were created lower-case, so a case-sensitive local part would split one person into
 * two accounts.
 */

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const MAX_LENGTH = 254;

/** The address in normal form, or null when the text is not exactly one plain address. */
export function normalizeEmailAddress(input: unknown): string | null {
	if (typeof input !== 'string') return null;
	const text = input.normalize('NFKC').trim().toLowerCase();
	if (text.length === 0 || text.length > MAX_LENGTH) return null;
	const parts = text.split('@');
	if (parts.length !== 2) return null;
	const [local = '', domain = ''] = parts;
	if (local.length > 64 || !LOCAL_PART.test(local)) return null;
	const ascii = domainToAscii(domain);
	if (ascii === null) return null;
	const labels = ascii.split('.');
	if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
	// A top-level domain has letters; all digits would be an IP address, not a mail domain.
	if (!/[a-z]/.test(labels.at(-1) ?? '')) return null;
	return `${local}@${ascii}`;
}

/** IDNA (e.g. "esimerkki.fi", "ääkköset.fi" -> "xn--kkset-fraa0m.fi") through the URL parser. */
function domainToAscii(domain: string): string | null {
	if (!/^[\p{L}\p{N}.-]+$/u.test(domain)) return null;
	try {
		return new URL(`http://${domain}/`).hostname;
	} catch {
		return null;
	}
}

/** For Auth.js's `normalizeIdentifier`, which must throw on what it cannot accept. */
export function normalizeSignInEmail(input: string | undefined): string {
	const email = normalizeEmailAddress(input);
	if (email === null) throw new Error('Not one email address');
	return email;
}
