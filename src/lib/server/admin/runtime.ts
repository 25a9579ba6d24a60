/**
 * The admin endpoints' process-wide wiring: the database, the environment (defaults of the
 * run-time settings), the mailer and Auth.js's secret.
 */
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { authSecretFromEnv } from '../auth/config';
import { readyDb } from '../db';
import { mailSettingsFromEnv } from '../mail/transport';
import type { AdminEndpointContext } from './endpoints';

export function adminContext(): AdminEndpointContext {
	const secret = authSecretFromEnv(env, dev);
	if (!secret) throw new Error('AUTH_SECRET is not set');
	return { db: readyDb, env, mail: mailSettingsFromEnv(env), secret };
}
