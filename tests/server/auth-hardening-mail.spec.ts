/**
 * Issue #9 item 4: without SMTP (the `npm start` default) mail is written to files under
 * DATA_DIR (directory 700, one .eml per message, mode 600) and the log gets one line with
 * neither the link nor the body. Sign-in links and booking mail alike; only `vite dev` prints a
 * sign-in link. Unexpected errors are logged without their message.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSignInEmail } from '$lib/server/mail/sign-in-email';
import { mailSettingsFromEnv, sendMail } from '$lib/server/mail/transport';
import { withJsonErrors } from '$lib/server/http/guards';
import { mimePart } from '../support/mail-parts';

const LINK =
	'https://vuokra.example/auth/callback/nodemailer?callbackUrl=%2Faccount&token=6f1d0c2a9b8e7f6a5d4c3b2a1f0e9d8c&email=neuvoja%40example.test';
const NOTE = 'Mieheni jätti meidät ja vuokra on maksamatta kaksi kuukautta';

describe('mail without SMTP', () => {
	const dir = mkdtempSync(join(tmpdir(), 'mail-outbox-'));
	let logged: string[] = [];
	beforeEach(() => {
		logged = [];
		for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
				logged.push(args.map(String).join(' '));
			});
		}
	});
	afterEach(() => vi.restoreAllMocks());
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	function outbox(dataDir: string): string[] {
		const mailDir = join(dataDir, 'mail');
		return readdirSync(mailDir).map((name) => join(mailDir, name));
	}

	it('writes a sign-in email to a private .eml file and logs one line without the link', async () => {
		const dataDir = join(dir, 'signin');
		const settings = mailSettingsFromEnv({ DATA_DIR: dataDir });
		const mail = renderSignInEmail({ url: LINK, lang: 'fi', validMinutes: 60 });
		await sendMail(settings, 'neuvoja@example.test', mail);

		const files = outbox(dataDir);
		expect(files).toHaveLength(1);
		const file = files[0]!;
		expect(file).toMatch(/\.eml$/);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(statSync(join(dataDir, 'mail')).mode & 0o777).toBe(0o700);
		const raw = readFileSync(file, 'utf8');
		expect(raw).toMatch(/^To: neuvoja@example\.test$/m);
		expect(mimePart(raw, 'text/plain').text).toContain(LINK);

		expect(logged).toHaveLength(1);
		expect(logged[0]).toContain(file);
		const log = logged.join('\n');
		expect(log).not.toContain('6f1d0c2a9b8e7f6a5d4c3b2a1f0e9d8c');
		expect(log).not.toContain('callback');
		expect(log).not.toContain(mail.subject);
		expect(log).not.toContain(mail.text.split('\n')[0]!);
	});

	it('prints the sign-in link only when asked to (vite dev)', async () => {
		const dataDir = join(dir, 'dev');
		const settings = mailSettingsFromEnv({ DATA_DIR: dataDir }, { printLinks: true });
		await sendMail(settings, 'a@example.test', {
			...renderSignInEmail({ url: LINK, lang: 'en', validMinutes: 60 })
		});
		expect(logged.join('\n')).toContain(LINK);
		expect(outbox(dataDir)).toHaveLength(1);
	});

	it('writes booking mail (names, the tenant’s note, the calendar) to a file, never to the log', async () => {
		const dataDir = join(dir, 'booking');
		const settings = mailSettingsFromEnv({ DATA_DIR: dataDir });
		await sendMail(settings, 'tenant@example.test', {
			subject: 'Tapaaminen vahvistettu',
			text: `Hei Maija Meikäläinen\n\nViestisi: ${NOTE}\n`,
			html: `<p>Hei Maija Meikäläinen</p><p>${NOTE}</p>`,
			icalEvent: {
				method: 'REQUEST',
				filename: 'meeting.ics',
				content: 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n'
			}
		});
		const [file] = outbox(dataDir);
		const raw = readFileSync(file!, 'utf8');
		expect(mimePart(raw, 'text/plain').text).toContain(NOTE);
		expect(mimePart(raw, 'text/calendar').method).toBe('REQUEST');
		const log = logged.join('\n');
		expect(logged).toHaveLength(1);
		expect(log).not.toContain('Meikäläinen');
		expect(log).not.toContain('maksamatta');
		expect(log).not.toContain('tenant@example.test');
	});

	it('logs an unexpected endpoint error without its message or fields', async () => {
		// As thrown by e.g. pg (a key's values in `detail`) or a parser quoting its input.
		const error = Object.assign(new TypeError(`cannot store note "${NOTE}"`), {
			code: '23505',
			detail: `Key (note)=(${NOTE}) already exists.`
		});
		const failing = withJsonErrors(() => Promise.reject(error));
		expect((await failing(undefined)).status).toBe(500);
		const log = logged.join('\n');
		expect(log).toContain('TypeError [23505]');
		expect(log).not.toContain('maksamatta');
	});
});
