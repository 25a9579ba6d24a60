import { env } from '$env/dynamic/private';
import { parseServicePhone } from '$lib/domain/service-phone';
import { readSettings } from '$lib/server/admin/settings';
import { readyDb } from '$lib/server/db';
import { endpoint } from '$lib/server/http/endpoint';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * Public facts about this deployment that pages show even offline: the service's phone number
 * (an admin's run-time setting, else `SERVICE_PHONE`). No user data, so no sign-in; pages keep
 * the last answer (docs/design.md).
 */
const serviceInfo = endpoint({ roles: 'public', limit: 'none' }, async () => ({
	phone: parseServicePhone((await readSettings(await readyDb(), env)).servicePhone)
}));

export const GET: RequestHandler = (event) => serviceInfo(event, {});
