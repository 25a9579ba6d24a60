/** scripts/landlord-add.mjs against a real SQLite file and a real PostgreSQL, both migrated by the app. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest, type DbConfig } from '$lib/server/db';
import { startTestPostgres, type TestPostgres } from '../support/postgres';
import { BACKENDS } from './backends';

const run = promisify(execFile);
const SCRIPT = path.resolve('scripts/landlord-add.mjs');

for (const kind of BACKENDS) {
	describe(`npm run landlord:add (${kind})`, () => {
		let dataDir: string;
		let server: TestPostgres | null = null;
		let config: DbConfig;

		beforeAll(async () => {
			dataDir = mkdtempSync(path.join(os.tmpdir(), 'vuokra-apu-landlord-add-'));
			if (kind === 'postgres') {
				server = await startTestPostgres();
				if (!server) throw new Error('PostgreSQL was expected');
				config = { kind: 'postgres', connectionString: server.url };
			} else {
				config = { kind: 'sqlite', file: path.join(dataDir, 'app.sqlite') };
			}
			const db = createDb(config);
			await migrateToLatest(db);
			await db.destroy();
		}, 60_000);

		afterAll(async () => {
			await server?.stop();
			rmSync(dataDir, { recursive: true, force: true });
		});

		async function landlordAdd(...args: string[]) {
			try {
				const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], {
					env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: server?.url ?? '' }
				});
				return { code: 0, stdout, stderr };
			} catch (err) {
				const e = err as { code: number; stdout: string; stderr: string };
				return { code: e.code, stdout: e.stdout, stderr: e.stderr };
			}
		}

		async function state() {
			const db = createDb(config);
			try {
				const orgs = await db
					.selectFrom('landlord_orgs')
					.select(['name', 'landlord_key'])
					.orderBy('name')
					.execute();
				const staff = await db
					.selectFrom('landlord_staff')
					.innerJoin('User', 'User.id', 'landlord_staff.user_id')
					.innerJoin('landlord_orgs', 'landlord_orgs.id', 'landlord_staff.org_id')
					.select(['User.email', 'User.role', 'landlord_orgs.name as org'])
					.orderBy('User.email')
					.execute();
				return { orgs, staff };
			} finally {
				await db.destroy();
			}
		}

		it('creates the organisation with its map entry and the staff member with role landlord', async () => {
			const res = await landlordAdd(
				'Jyväskylän Vuokra-asunnot Oy',
				'  Perinta@JVA.example ',
				'--landlord-key',
				'jyvaskylan-vuokra-asunnot'
			);
			expect(res.stderr).toBe('');
			expect(res.code).toBe(0);
			expect(res.stdout).toContain('Created the organisation Jyväskylän Vuokra-asunnot Oy');
			expect(res.stdout).toContain('Created user perinta@jva.example with role landlord');
			expect(await state()).toEqual({
				orgs: [{ name: 'Jyväskylän Vuokra-asunnot Oy', landlord_key: 'jyvaskylan-vuokra-asunnot' }],
				staff: [
					{ email: 'perinta@jva.example', role: 'landlord', org: 'Jyväskylän Vuokra-asunnot Oy' }
				]
			});
		});

		it('adds more staff to an existing organisation and raises an existing user’s role', async () => {
			const db = createDb(config);
			await db
				.insertInto('User')
				.values({ id: 'existing-user', email: 'toinen@jva.example', role: 'tenant' })
				.execute();
			await db.destroy();
			const res = await landlordAdd('Jyväskylän Vuokra-asunnot Oy', 'toinen@jva.example');
			expect(res.code).toBe(0);
			expect(res.stdout).not.toContain('Created the organisation');
			expect(res.stdout).toContain(
				'Changed the role of toinen@jva.example from tenant to landlord'
			);
			const { orgs, staff } = await state();
			expect(orgs).toHaveLength(1);
			expect(staff.map((s) => [s.email, s.org])).toEqual([
				['perinta@jva.example', 'Jyväskylän Vuokra-asunnot Oy'],
				['toinen@jva.example', 'Jyväskylän Vuokra-asunnot Oy']
			]);
			const again = await landlordAdd('Jyväskylän Vuokra-asunnot Oy', 'toinen@jva.example');
			expect(again.stdout).toContain('already staff of');
		});

		it('moves a staff member to another organisation (staff of exactly one)', async () => {
			const res = await landlordAdd('Toinen Vuokrayhtiö', 'toinen@jva.example');
			expect(res.code).toBe(0);
			expect(res.stdout).toContain(
				'Moved toinen@jva.example from Jyväskylän Vuokra-asunnot Oy to Toinen Vuokrayhtiö'
			);
			const { staff } = await state();
			expect(staff.find((s) => s.email === 'toinen@jva.example')?.org).toBe('Toinen Vuokrayhtiö');
		});

		it('refuses an unknown or taken landlord key, a bad email and bad usage, changing nothing', async () => {
			const before = await state();
			const unknown = await landlordAdd('Kolmas', 'k@example.fi', '--landlord-key', 'no-such');
			expect(unknown.code).toBe(1);
			expect(unknown.stderr).toContain('Unknown landlord key no-such');
			expect(unknown.stderr).toContain('yh-asunnot');
			const retired = await landlordAdd('Kolmas', 'k@example.fi', '--landlord-key', 'vvo-asunnot');
			expect(retired.code).toBe(1);
			const taken = await landlordAdd(
				'Kolmas',
				'k@example.fi',
				'--landlord-key',
				'jyvaskylan-vuokra-asunnot'
			);
			expect(taken.code).toBe(1);
			expect(taken.stderr).toContain('already belongs to Jyväskylän Vuokra-asunnot Oy');
			const badEmail = await landlordAdd('Kolmas', 'not-an-email');
			expect(badEmail.code).toBe(1);
			const usage = await landlordAdd('Only a name');
			expect(usage.code).toBe(2);
			expect(usage.stderr).toContain('Usage');
			// The taken key failed after the transaction began: nothing of it may remain.
			expect(await state()).toEqual(before);
		});
	});
}
