import { env } from '$env/dynamic/private';
import { parseServicePhone } from '$lib/domain/service-phone';
import { json } from '$lib/server/http/guards';
import type { RequestHandler } from './$types';

export const prerender = false;

/**
 * Public facts about this deployment that pages show even offline: the service's phone number
 * (`SERVICE_PHONE`). No user data, so no sign-in; pages keep the last answer (docs/design.md).
 */
export const GET: RequestHandler = () => json({ phone: parseServicePhone(env.SERVICE_PHONE) });
