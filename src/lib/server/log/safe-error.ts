/**
 * What may be logged about an unexpected error: its class, code and where it was thrown, never
 * its message or extra fields. Messages and fields can carry data: JSON.parse quotes the text it
 * could not parse, PostgreSQL's `detail` names the values of a violated key, mail transports name
 * recipients. Logs are kept and shipped further than the database, so they get none of it.
 */
export function safeErrorSummary(err: unknown): string {
	if (!(err instanceof Error)) return `non-Error thrown (${typeof err})`;
	const code = (err as { code?: unknown }).code;
	const frames = (err.stack ?? '')
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.slice(0, 8)
		.join('\n');
	const head =
		typeof code === 'string' || typeof code === 'number' ? `${err.name} [${code}]` : err.name;
	return frames ? `${head}\n${frames}` : head;
}
