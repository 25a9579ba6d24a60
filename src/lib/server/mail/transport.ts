/**
 * Outgoing mail. SMTP_URL (e.g. smtp://user:pass@mail.example.fi:587 or smtps://...) selects a
 * real server; without it, mail is written to the server log so `npm start` works out of the box
 * on a laptop (the operator copies the sign-in link from the console).
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { RenderedMail } from './sign-in-email';

export const DEFAULT_MAIL_FROM = 'Vuokra-apu <no-reply@localhost>';

export interface MailSettings {
	smtpUrl: string | undefined;
	from: string;
}

export function mailSettingsFromEnv(env: Record<string, string | undefined>): MailSettings {
	return {
		smtpUrl: env.SMTP_URL?.trim() || undefined,
		from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM
	};
}

let transporter: { url: string; transport: Transporter } | undefined;

function transportFor(url: string): Transporter {
	if (transporter?.url !== url) transporter = { url, transport: createTransport(url) };
	return transporter.transport;
}

/** Sends `mail` to `to`; throws when the SMTP server refuses it (Auth.js then shows an error). */
export async function sendMail(
	settings: MailSettings,
	to: string,
	mail: RenderedMail
): Promise<void> {
	if (!settings.smtpUrl) {
		console.log(
			`[mail] SMTP_URL is not set, so this email was not sent. To: ${to}\n` +
				`[mail] Subject: ${mail.subject}\n${mail.text}`
		);
		return;
	}
	const result = await transportFor(settings.smtpUrl).sendMail({
		to,
		from: settings.from,
		subject: mail.subject,
		text: mail.text,
		html: mail.html
	});
	const failed = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
	if (failed.length) throw new Error(`Email to ${failed.map(String).join(', ')} was not accepted`);
}
