/** scripts/user-role.mjs against a real SQLite file migrated by the app's own migrations. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '$lib/server/db';

const run = promisify(execFile);
const SCRIPT = path.resolve('scripts/user-role.mjs');

let dataDir: string;

async function userRole(...args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], {
			env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' }
		});
		return { code: 0, stdout, stderr };
	} catch (err) {
		const e = err as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

async function roleOf(email: string) {
	const db = createDb({ kind: 'sqlite', file: path.join(dataDir, 'app.sqlite') });
	try {
		return await db
			.selectFrom('User')
			.select(['id', 'role'])
			.where('email', '=', email)
			.executeTakeFirst();
	} finally {
		await db.destroy();
	}
}

beforeAll(async () => {
	dataDir = mkdtempSync(path.join(os.tmpdir(), 'vuokra-apu-user-role-'));
	const db = createDb({ kind: 'sqlite', file: path.join(dataDir, 'app.sqlite') });
	await migrateToLatest(db);
	await db.destroy();
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run user:role', () => {
	it('creates a missing user with the role, normalising the email like Auth.js', async () => {
		const res = await userRole('  Neuvoja@Example.FI ', 'advisor');
		expect(res.code).toBe(0);
		expect(res.stdout).toContain('Created user neuvoja@example.fi with role advisor');
		expect((await roleOf('neuvoja@example.fi'))?.role).toBe('advisor');
	});

	it('changes the role of an existing user and keeps their id', async () => {
		const before = await roleOf('neuvoja@example.fi');
		const res = await userRole('neuvoja@example.fi', 'admin');
		expect(res.stdout).toContain('from advisor to admin');
		const after = await roleOf('neuvoja@example.fi');
		expect(after).toEqual({ id: before?.id, role: 'admin' });
	});

	it('says so when nothing changes', async () => {
		const res = await userRole('neuvoja@example.fi', 'admin');
		expect(res.stdout).toContain('already has role admin');
	});

	it('refuses unknown roles, bad emails and missing arguments', async () => {
		const badRole = await userRole('x@example.fi', 'superuser');
		expect(badRole.code).toBe(1);
		expect(badRole.stderr).toContain('Role must be one of tenant, advisor, admin');
		expect(await roleOf('x@example.fi')).toBeUndefined();

		const badEmail = await userRole('not-an-email', 'tenant');
		expect(badEmail.code).toBe(1);

		const usage = await userRole('x@example.fi');
		expect(usage.code).toBe(2);
		expect(usage.stderr).toContain('Usage');
	});

	it('tells the operator to start the server first when there is no database', async () => {
		const empty = mkdtempSync(path.join(os.tmpdir(), 'vuokra-apu-user-role-empty-'));
		try {
			const { stderr } = await run(process.execPath, [SCRIPT, 'a@example.fi', 'tenant'], {
				env: { ...process.env, DATA_DIR: empty, DATABASE_URL: '' }
			}).catch((err: { stderr: string }) => err);
			expect(stderr).toContain('Start the server once');
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
