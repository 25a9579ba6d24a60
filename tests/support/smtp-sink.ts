/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that keeps every message in memory, for tests
 * that follow sign-in emails. No TLS and no auth: point the app at it with
 * SMTP_URL=smtp://127.0.0.1:<port> (nodemailer does not upgrade when the server offers no STARTTLS).
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface SunkMail {
	from: string;
	to: string[];
	/** The raw RFC 5322 message as received. */
	raw: string;
	subject: string;
	/** The text/plain part, decoded. */
	text: string;
}

export interface SmtpSink {
	port: number;
	url: string;
	messages: SunkMail[];
	/** Resolves with the first message to `to` (case-insensitive) that arrives after `since` messages. */
	waitFor(to: string, options?: { timeoutMs?: number; since?: number }): Promise<SunkMail>;
	close(): Promise<void>;
}

function decodeQuotedPrintable(body: string): string {
	const bytes: number[] = [];
	const text = body.replace(/=\r?\n/g, '');
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		const hex = text.slice(i + 1, i + 3);
		if (ch === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			bytes.push(...Buffer.from(ch ?? '', 'utf8'));
		}
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodePart(headers: string, body: string): string {
	const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
	if (encoding === 'base64')
		return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
	return body;
}

function decodeHeaderWord(value: string): string {
	return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
		kind.toLowerCase() === 'b'
			? Buffer.from(data, 'base64').toString('utf8')
			: decodeQuotedPrintable(data.replace(/_/g, ' '))
	);
}

/** Just enough MIME for nodemailer's output: the subject and the text/plain part. */
export function parseMail(raw: string): { subject: string; text: string } {
	const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
	const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
	// Whitespace between two encoded words is not part of the text (RFC 2047, 6.2): drop it first.
	const subject = decodeHeaderWord(
		(/^subject:\s*(.*)$/im.exec(unfolded)?.[1] ?? '').replace(/\?=\s+=\?/g, '?==?')
	);
	const boundary = /boundary="?([^";\r\n]+)"?/i.exec(unfolded)?.[1];
	if (!boundary) return { subject, text: decodePart(unfolded, rest.join('\n\n')) };
	for (const part of raw.split(`--${boundary}`)) {
		const [partHead = '', ...partBody] = part.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
		if (/content-type:\s*text\/plain/i.test(partHead)) {
			return { subject, text: decodePart(partHead, partBody.join('\n\n')).trim() };
		}
	}
	return { subject, text: '' };
}

/** The first http(s) URL in a text, e.g. the sign-in link. */
export function firstLink(text: string): string {
	const match = /https?:\/\/[^\s<>"]+/.exec(text);
	if (!match) throw new Error(`No link in:\n${text}`);
	return match[0];
}

export async function startSmtpSink(): Promise<SmtpSink> {
	const messages: SunkMail[] = [];
	const listeners = new Set<() => void>();
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				const envelope = session.envelope;
				messages.push({
					from: envelope.mailFrom ? envelope.mailFrom.address : '',
					to: envelope.rcptTo.map((r) => r.address.toLowerCase()),
					raw,
					...parseMail(raw)
				});
				for (const listener of listeners) listener();
				callback();
			});
		}
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const port = (server.server.address() as AddressInfo).port;

	return {
		port,
		url: `smtp://127.0.0.1:${port}`,
		messages,
		waitFor(to, { timeoutMs = 10_000, since = 0 } = {}) {
			const wanted = to.toLowerCase();
			const find = () => messages.slice(since).find((m) => m.to.includes(wanted));
			return new Promise((resolve, reject) => {
				const found = find();
				if (found) return resolve(found);
				const timer = setTimeout(() => {
					listeners.delete(check);
					reject(new Error(`No email to ${to} within ${timeoutMs} ms`));
				}, timeoutMs);
				const check = () => {
					const mail = find();
					if (!mail) return;
					clearTimeout(timer);
					listeners.delete(check);
					resolve(mail);
				};
				listeners.add(check);
			});
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
