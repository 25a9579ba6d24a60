// Signed-in browser contexts for tests that run their own server (tests/e2e/support/server.ts).
//
// Two ways in, both ending with a real Auth.js database session that the server looks up on every
// request (hooks.server.ts -> Auth.js -> the "Session" table):
//
//   const auth = sessionsFor(server)                       // rows written straight into the database
//   const auth = sessionsFor(server, { sink })             // the real magic link through the SMTP sink
//   await auth.signIn(context, 'maija@example.test')
//
// - Magic link (`sink` given; the server must run with SMTP_URL=sink.url): /signin, the email, the
//   link, the confirmation page's button. Used where signing in is part of what is tested: sync.e2e.ts "anonymous work follows the
//   tenant to a second device after signing in".
// - Direct (`sink` not given): inserts a "User" (once per email) and a "Session" row the way
//   @auth/kysely-adapter does, in the server's SQLite file ($DATA_DIR/app.sqlite) or in PostgreSQL
//   (`databaseUrl`), and sets the `authjs.session-token` cookie (its name on http) on the context.
//   Fast; used by every other test in sync.e2e.ts and sync-faults.e2e.ts, and by `createSession`
//   for HTTP requests made without a browser.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test as base } from '../fixtures';
import { fi, type Messages } from '../../../src/lib/i18n/fi/index';
import { firstLink, type SmtpSink } from '../../support/smtp-sink';
import type { RunningServer } from './server';

export const SESSION_COOKIE = 'authjs.session-token';
const SESSION_MS = 24 * 3600_000;

export interface SignedIn {
	userId: string;
	email: string;
	/** The session token (the cookie's value). */
	token: string;
	/** `authjs.session-token=<token>`, for a Cookie header. */
	cookie: string;
}

export interface SessionOptions {
	/** The server's PostgreSQL (its DATABASE_URL); without it, the SQLite file in its DATA_DIR. */
	databaseUrl?: string;
	/** Sign in through the real magic link sent to this sink instead of writing rows. */
	sink?: SmtpSink;
	/** Messages of the language the sign-in page is in (magic link only). */
	m?: Messages;
}

export interface Sessions {
	/** Signs the context in (see the header for which way); the context's pages then see the account. */
	signIn(context: BrowserContext, email: string): Promise<SignedIn>;
	/** A new session row for `email` (creating the user if needed), without a browser. */
	createSession(email: string): Promise<SignedIn>;
	/** The user id for an email, or undefined. */
	userId(email: string): Promise<string | undefined>;
	close(): Promise<void>;
}

interface Store {
	userId(email: string): Promise<string | undefined>;
	insertUser(id: string, email: string): Promise<void>;
	insertSession(userId: string, token: string, expires: Date): Promise<void>;
	close(): Promise<void>;
}

function sqliteStore(file: string): Store {
	const db = new SqliteDatabase(file);
	db.pragma('busy_timeout = 5000');
	return {
		userId: async (email) =>
			(db.prepare('select id from "User" where email = ?').get(email) as { id: string } | undefined)
				?.id,
		async insertUser(id, email) {
			db.prepare('insert into "User" (id, email) values (?, ?)').run(id, email);
		},
		async insertSession(userId, token, expires) {
			// The adapter stores dates as ISO strings on SQLite.
			db.prepare('insert into "Session" ("userId", "sessionToken", expires) values (?, ?, ?)').run(
				userId,
				token,
				expires.toISOString()
			);
		},
		async close() {
			db.close();
		}
	};
}

function postgresStore(url: string): Store {
	const pool = new pg.Pool({ connectionString: url, max: 2 });
	return {
		async userId(email) {
			const { rows } = await pool.query<{ id: string }>('select id from "User" where email = $1', [
				email
			]);
			return rows[0]?.id;
		},
		async insertUser(id, email) {
			await pool.query('insert into "User" (id, email) values ($1, $2)', [id, email]);
		},
		async insertSession(userId, token, expires) {
			await pool.query(
				'insert into "Session" ("userId", "sessionToken", expires) values ($1, $2, $3)',
				[userId, token, expires]
			);
		},
		close: () => pool.end()
	};
}

/**
 * Signs in through /signin, the emailed link and the confirmation page's button, in a page of the
 * context; ends on /account.
 */
async function signInByMagicLink(
	page: Page,
	server: RunningServer,
	sink: SmtpSink,
	m: Messages,
	email: string
): Promise<void> {
	const since = sink.messages.length;
	await page.goto(`${server.url}/signin`);
	await page.getByLabel(m.account.signIn.emailLabel).fill(email);
	await page.getByRole('button', { name: m.account.signIn.send }).click();
	await expect(page.getByRole('heading', { name: m.account.signIn.sentTitle })).toBeVisible();
	const mail = await sink.waitFor(email, { since });
	await page.goto(firstLink(mail.text));
	// The link only opens the confirmation page; its button signs in (and, when something was typed
	// before signing in, moves it into the account: the label says which).
	await expect(page.getByRole('heading', { name: m.account.confirm.title(email) })).toBeFocused();
	await page
		.getByRole('button', { name: m.account.confirm.signInAndMove })
		.or(page.getByRole('button', { name: m.account.confirm.signIn, exact: true }))
		.click();
	await expect(page).toHaveURL(`${server.url}/account`);
	await expect(page.getByTestId('account-email')).toHaveText(email);
}

export function sessionsFor(server: RunningServer, options: SessionOptions = {}): Sessions {
	let store: Store | undefined;
	const db = () =>
		(store ??= options.databaseUrl
			? postgresStore(options.databaseUrl)
			: sqliteStore(path.join(server.dataDir, 'app.sqlite')));

	async function createSession(email: string): Promise<SignedIn> {
		let userId = await db().userId(email);
		if (!userId) {
			userId = randomUUID();
			await db().insertUser(userId, email);
		}
		const token = randomBytes(32).toString('hex');
		// The server keeps only the token's SHA-256 (src/lib/server/auth/adapter.ts).
		const stored = createHash('sha256').update(token).digest('hex');
		await db().insertSession(userId, stored, new Date(Date.now() + SESSION_MS));
		return { userId, email, token, cookie: `${SESSION_COOKIE}=${token}` };
	}

	return {
		createSession,
		userId: (email) => db().userId(email),
		async signIn(context, email) {
			if (options.sink) {
				const page = context.pages()[0] ?? (await context.newPage());
				await signInByMagicLink(page, server, options.sink, options.m ?? fi, email);
				const cookie = (await context.cookies(server.url)).find((c) => c.name === SESSION_COOKIE);
				expect(cookie, 'session cookie after the magic link').toBeDefined();
				const userId = await db().userId(email);
				expect(userId, 'user row after the magic link').toBeDefined();
				return {
					userId: userId!,
					email,
					token: cookie!.value,
					cookie: `${SESSION_COOKIE}=${cookie!.value}`
				};
			}
			const session = await createSession(email);
			await context.addCookies([
				{
					name: SESSION_COOKIE,
					value: session.token,
					url: server.url,
					httpOnly: true,
					sameSite: 'Lax'
				}
			]);
			return session;
		},
		async close() {
			await store?.close();
			store = undefined;
		}
	};
}

// --- devices ------------------------------------------------------------------------------------

/** One device of a tenant: its own browser context (own IndexedDB, cookies, network switch). */
export interface Device {
	name: string;
	context: BrowserContext;
	page: Page;
	/** Uncaught errors in this device's pages (the fixture fails the test if there are any). */
	errors: Error[];
}

export type OpenDevice = (server: RunningServer, name: string) => Promise<Device>;

/**
 * The shared fixtures plus `device(server, name)`: a new context on `server` with the project's
 * phone settings, closed when the test ends.
 */
export const test = base.extend<{ device: OpenDevice }>({
	device: async (
		{ browser, viewport, isMobile, hasTouch, locale, timezoneId, userAgent, deviceScaleFactor },
		use
	) => {
		const opened: Device[] = [];
		await use(async (server, name) => {
			const context = await browser.newContext({
				viewport,
				isMobile,
				hasTouch,
				locale,
				timezoneId,
				userAgent,
				deviceScaleFactor,
				baseURL: server.url,
				serviceWorkers: 'allow'
			});
			const errors: Error[] = [];
			context.on('page', (p) => p.on('pageerror', (e) => errors.push(e)));
			const device = { name, context, page: await context.newPage(), errors };
			opened.push(device);
			return device;
		});
		for (const d of opened) await d.context.close();
		expect(
			opened.flatMap((d) => d.errors.map((e) => `${d.name}: ${e.message}`)),
			'uncaught errors in the devices'
		).toEqual([]);
	}
});

export { expect };

// --- the sync indicator ------------------------------------------------------------------------------

export function status(page: Page): Locator {
	return page.getByTestId('sync-status');
}

export async function expectUpToDate(page: Page, m: Messages, timeout = 20_000): Promise<void> {
	// Synced with the server in this page: before its first sync a signed-in page also reads
	// "idle", and a test that went offline then would find the sync engine not loaded yet.
	await expect(status(page)).toHaveAttribute('data-synced', 'yes', { timeout });
	await expect(status(page)).toHaveAttribute('data-state', 'idle', { timeout });
	await expect(status(page)).toHaveAttribute('data-pending', '0', { timeout });
	await expect(status(page).getByRole('status')).toHaveText(m.sync.upToDate);
}

/** Offline with `n` changes kept on the device: the count is on the indicator, the text says why. */
export async function expectOfflineWaiting(page: Page, m: Messages, n: number): Promise<void> {
	await expect(status(page)).toHaveAttribute('data-pending', String(n));
	await expect(status(page)).toHaveAttribute('data-state', 'offline');
	await expect(status(page).getByRole('status')).toHaveText(
		n > 0 ? `${m.sync.offline}. ${m.sync.waiting(n)}.` : m.sync.offline
	);
	await expect(status(page).getByRole('button', { name: m.sync.syncNow })).toBeVisible();
}

/** Resolves with the next successful push of this page. */
export function nextPush(page: Page) {
	return page.waitForResponse(
		(r) => r.url().endsWith('/api/sync/push') && r.request().method() === 'POST' && r.ok(),
		{ timeout: 20_000 }
	);
}
