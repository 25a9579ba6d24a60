/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole run, instead of one per
 * suite. Each suite still gets a database of its own (`startTestPostgres` creates a fresh database
 * on TEST_DATABASE_URL), so suites stay isolated while initdb and server start happen once.
 *
 * A TEST_DATABASE_URL given from outside is used as it is. Workers are started after this runs and
 * inherit the environment.
 */
import { startTestPostgres, findPostgresBin, type TestPostgres } from './postgres';

let cluster: TestPostgres | null = null;

export async function setup(): Promise<void> {
	if (process.env.TEST_DATABASE_URL?.trim()) return;
	if (!findPostgresBin()) return; // startTestPostgres in the suites then says what is missing
	cluster = await startTestPostgres();
	if (cluster) process.env.TEST_DATABASE_URL = cluster.url;
}

export async function teardown(): Promise<void> {
	await cluster?.stop();
	cluster = null;
}
