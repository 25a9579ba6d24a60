/**
 * The invitation and the unused-account warning: plain text and a simple HTML part, in the
 * language the admin chose (invitation) or Finnish with Swedish and English below (warning: the
 * server does not know which language a tenant reads). Messages live in lib/i18n/<lang>/admin.ts.
 */
import { admin as fi } from '$lib/i18n/fi/admin';
import { admin as sv } from '$lib/i18n/sv/admin';
import { admin as en } from '$lib/i18n/en/admin';
import { account as fiAccount } from '$lib/i18n/fi/account';
import { account as svAccount } from '$lib/i18n/sv/account';
import { account as enAccount } from '$lib/i18n/en/account';
import type { Role } from '../db/schema';
import type { MailLang, RenderedMail } from '../mail/sign-in-email';
import { escapeHtml } from '../mail/html';

const ADMIN = { fi, sv, en };
const ROLE_NAMES = {
	fi: fiAccount.page.roles,
	sv: svAccount.page.roles,
	en: enAccount.page.roles
};
const DATE_LOCALE: Record<MailLang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function page(lang: MailLang, subject: string, body: string): string {
	// Inline styles only: mail clients drop <style> blocks and external resources.
	return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;line-height:1.5;margin:0;padding:16px;">
${body}
</body>
</html>
`;
}

export function renderInviteEmail({
	url,
	lang,
	role,
	serviceName,
	validDays
}: {
	url: string;
	lang: MailLang;
	role: Role;
	serviceName: string;
	validDays: number;
}): RenderedMail {
	const m = ADMIN[lang].inviteEmail;
	const subject = m.subject(serviceName);
	const intro = m.intro(serviceName, ROLE_NAMES[lang][role]);
	const text = [m.greeting, '', intro, '', url, '', m.expires(validDays), '', m.ignore, ''].join(
		'\n'
	);
	const link = escapeHtml(url);
	const html = page(
		lang,
		subject,
		`<p>${escapeHtml(m.greeting)}</p>
<p>${escapeHtml(intro)}</p>
<p><a href="${link}" style="display:inline-block;background:#0b5394;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600;">${escapeHtml(m.button)}</a></p>
<p style="word-break:break-all;font-size:14px;"><a href="${link}" style="color:#0b5394;">${link}</a></p>
<p>${escapeHtml(m.expires(validDays))}</p>
<p style="color:#4a5563;">${escapeHtml(m.ignore)}</p>`
	);
	return { subject, text, html, link: url };
}

export function renderUnusedAccountEmail({
	signInUrl,
	months,
	eraseOn
}: {
	signInUrl: string;
	months: number;
	eraseOn: Date;
}): RenderedMail {
	const langs: MailLang[] = ['fi', 'sv', 'en'];
	const parts = langs.map((lang) => {
		const m = ADMIN[lang].unusedEmail;
		const date = eraseOn.toLocaleDateString(DATE_LOCALE[lang], { timeZone: 'Europe/Helsinki' });
		return { lang, m, lines: [m.greeting, m.text(months, date), m.keep, signInUrl, m.ignore] };
	});
	const subject = `${fi.unusedEmail.subject} / ${en.unusedEmail.subject}`;
	const text = parts.map((p) => p.lines.join('\n\n')).join('\n\n---\n\n') + '\n';
	const html = page(
		'fi',
		subject,
		parts
			.map(
				(p) =>
					`<div lang="${p.lang}">${p.lines
						.map((line) =>
							line === signInUrl
								? `<p><a href="${escapeHtml(line)}" style="color:#0b5394;">${escapeHtml(line)}</a></p>`
								: `<p>${escapeHtml(line)}</p>`
						)
						.join('\n')}</div>`
			)
			.join('\n<hr>\n')
	);
	return { subject, text, html };
}
