/** Settings the code endpoints read from the environment when the server binds them. */
import type { RateLimitRule } from '../http/rate-limit';

/**
 * `REFERRAL_LOOKUP_LIMIT=<count>/<seconds>` overrides the per-address lookup limit (the load
 * benchmark runs 50 clients from one address); unset or malformed: the default.
 */
export function lookupLimitFromEnv(
	env: NodeJS.ProcessEnv = process.env
): RateLimitRule | undefined {
	const match = /^(\d{1,9})\/(\d{1,9})$/.exec(env.REFERRAL_LOOKUP_LIMIT?.trim() ?? '');
	if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) return undefined;
	return [Number(match[1]), Number(match[2]) * 1000];
}
