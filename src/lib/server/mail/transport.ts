/**
 * Outgoing mail, sign-in links and booking messages alike. SMTP_URL (e.g.
 * smtp://user:pass@mail.example.fi:587 or smtps://...) selects a real server.
 *
 * Without it (`npm start` on a laptop) each message is written as one `.eml` file under
 * `$DATA_DIR/mail/` (directory mode 700, files mode 600) and the log gets one line naming the
 * file. Never the message itself: a sign-in link works as a password for an hour (advisors'
 * too) and booking mail carries names, addresses and the tenant's own words, while logs are
 * read, shipped and kept by many more people and systems than the data directory. Only `vite
 * dev` (`npm run dev`) also prints a sign-in link, for the developer's convenience.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';
import type { RenderedMail } from './sign-in-email';

export const DEFAULT_MAIL_FROM = 'Vuokra-apu <no-reply@localhost>';

export interface MailSettings {
	smtpUrl: string | undefined;
	from: string;
	/** Where mail goes without SMTP_URL; default `./data/mail`. */
	outboxDir?: string;
	/** Print sign-in links to the log (only `vite dev`). */
	printLinks?: boolean;
}

export function mailSettingsFromEnv(
	env: Record<string, string | undefined>,
	{ printLinks = false }: { printLinks?: boolean } = {}
): MailSettings {
	return {
		smtpUrl: env.SMTP_URL?.trim() || undefined,
		from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
		// The same default as the database (lib/server/db dbConfigFromEnv).
		outboxDir: resolve(env.DATA_DIR ?? './data', 'mail'),
		printLinks
	};
}

/** A message: the rendered text and HTML, and for sign-in mail the link it carries. */
export interface OutgoingMail extends RenderedMail {
	/** A calendar invitation (text/calendar part with its METHOD). */
	icalEvent?: { method: string; filename: string; content: string };
}

let transporter: { url: string; transport: Transporter } | undefined;

function transportFor(url: string): Transporter {
	if (transporter?.url !== url) transporter = { url, transport: createTransport(url) };
	return transporter.transport;
}

/** Builds the RFC 5322 message exactly as SMTP would carry it. */
const composer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

function messageOf(settings: MailSettings, to: string, mail: OutgoingMail) {
	return {
		to,
		from: settings.from,
		subject: mail.subject,
		text: mail.text,
		html: mail.html,
		...(mail.icalEvent ? { icalEvent: mail.icalEvent } : {})
	};
}

/** Writes the message under the outbox directory and returns the file's path. */
async function writeToOutbox(settings: MailSettings, to: string, mail: OutgoingMail) {
	const dir = settings.outboxDir ?? resolve('data', 'mail');
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const info = (await composer.sendMail(messageOf(settings, to, mail))) as { message: Buffer };
	const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
	const file = join(dir, name);
	// `wx`: a name is never reused, and no existing file (or planted link) is ever written through.
	writeFileSync(file, info.message, { mode: 0o600, flag: 'wx' });
	return file;
}

/**
 * Sends `mail` to `to`; throws when the SMTP server refuses it (Auth.js then shows an error).
 * Without SMTP it is written to the outbox directory instead (see the top of this file).
 */
export async function sendMail(
	settings: MailSettings,
	to: string,
	mail: OutgoingMail
): Promise<void> {
	if (!settings.smtpUrl) {
		const file = await writeToOutbox(settings, to, mail);
		console.log(`[mail] SMTP_URL is not set: the email was written to ${file}, not sent.`);
		if (settings.printLinks && mail.link)
			console.log(`[mail] (dev only) sign-in link: ${mail.link}`);
		return;
	}
	const result = await transportFor(settings.smtpUrl).sendMail(messageOf(settings, to, mail));
	const failed = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
	if (failed.length) throw new Error(`Email to ${failed.length} recipient(s) was not accepted`);
}
