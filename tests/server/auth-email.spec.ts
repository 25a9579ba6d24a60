/** The sign-in email: language from the `lang` cookie, link intact in text and HTML, HTML escaped. */
import { describe, expect, it } from 'vitest';
import { langFromCookieHeader, renderSignInEmail } from '$lib/server/mail/sign-in-email';

const URL_WITH_QUERY = 'https://vuokra.example/auth/callback/nodemailer?token=abc&email=a%40b.fi';

describe('sign-in email', () => {
	it('picks the language from the lang cookie, Finnish by default', () => {
		expect(langFromCookieHeader('a=1; lang=sv; b=2')).toBe('sv');
		expect(langFromCookieHeader('lang=en')).toBe('en');
		expect(langFromCookieHeader('lang=de')).toBe('fi');
		expect(langFromCookieHeader(null)).toBe('fi');
	});

	it.each([
		['fi', 'Kirjautumislinkki', 'voimassa 60 minuuttia'],
		['sv', 'Inloggningslänk', 'gäller i 60 minuter'],
		['en', 'sign-in link', 'valid for 60 minutes']
	] as const)('writes %s', (lang, subject, validity) => {
		const mail = renderSignInEmail({ url: URL_WITH_QUERY, lang, validMinutes: 60 });
		expect(mail.subject).toContain(subject);
		expect(mail.text).toContain(URL_WITH_QUERY);
		expect(mail.text).toContain(validity);
		expect(mail.html).toContain(`lang="${lang}"`);
		expect(mail.html).toContain(
			'href="https://vuokra.example/auth/callback/nodemailer?token=abc&amp;email=a%40b.fi"'
		);
	});

	it('escapes the URL in HTML', () => {
		const mail = renderSignInEmail({
			url: 'https://x.example/"><script>',
			lang: 'en',
			validMinutes: 5
		});
		expect(mail.html).not.toContain('<script>');
	});
});
