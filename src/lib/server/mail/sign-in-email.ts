/**
 * The sign-in (magic link) email: plain text plus a deliberately simple HTML part, in the
 * tenant's language. Messages live with the rest of the UI text (lib/i18n/<lang>/account.ts) so
 * translators see them together; only those small areas are imported here.
 */
import { account as fi } from '$lib/i18n/fi/account';
import { account as sv } from '$lib/i18n/sv/account';
import { account as en } from '$lib/i18n/en/account';
import { escapeHtml } from './html';

export type MailLang = 'fi' | 'sv' | 'en';

const EMAIL: Record<MailLang, typeof fi.email> = { fi: fi.email, sv: sv.email, en: en.email };

export interface RenderedMail {
	subject: string;
	text: string;
	html: string;
	/** The sign-in link, so that `vite dev` can print it when no SMTP server is set up. */
	link?: string;
}

/** The language the client mirrored into the `lang` cookie (i18n.svelte.ts); Finnish otherwise. */
export function langFromCookieHeader(cookieHeader: string | null | undefined): MailLang {
	for (const part of (cookieHeader ?? '').split(';')) {
		const [name, value] = part.trim().split('=');
		if (name === 'lang' && (value === 'fi' || value === 'sv' || value === 'en')) return value;
	}
	return 'fi';
}

export function renderSignInEmail({
	url,
	lang,
	validMinutes
}: {
	url: string;
	lang: MailLang;
	validMinutes: number;
}): RenderedMail {
	const m = EMAIL[lang];
	const text = [
		m.greeting,
		'',
		m.intro,
		'',
		url,
		'',
		m.expires(validMinutes),
		'',
		m.ignore,
		''
	].join('\n');
	const link = escapeHtml(url);
	// Inline styles only: mail clients drop <style> blocks and external resources.
	const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(m.subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;line-height:1.5;margin:0;padding:16px;">
<p>${escapeHtml(m.greeting)}</p>
<p>${escapeHtml(m.intro)}</p>
<p><a href="${link}" style="display:inline-block;background:#0b5394;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600;">${escapeHtml(m.button)}</a></p>
<p style="word-break:break-all;font-size:14px;"><a href="${link}" style="color:#0b5394;">${link}</a></p>
<p>${escapeHtml(m.expires(validMinutes))}</p>
<p style="color:#4a5563;">${escapeHtml(m.ignore)}</p>
</body>
</html>
`;
	return { subject: m.subject, text, html, link: url };
}
