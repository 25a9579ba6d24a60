/**
 * Issue #9 item 6: one mailbox, one per-address sign-in allowance. The address is normalised
 * once (NFKC, trim, lower case, exactly one plain address) and read from the body the way
 * Auth.js reads it, so spellings of one mailbox (full-width forms, ",x" tails, upper case,
 * JSON instead of a form, a repeated field) all count against the same limit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { normalizeEmailAddress, normalizeSignInEmail } from '$lib/server/auth/email-address';
import { limitSignIn } from '$lib/server/auth/sign-in-limit';
import { HttpProblem, resetRateLimits } from '$lib/server/http/guards';

describe('normalizeEmailAddress', () => {
	it.each([
		['victim@example.org', 'victim@example.org'],
		['  Victim@Example.ORG  ', 'victim@example.org'],
		['victim@example.org\n', 'victim@example.org'],
		['ｖｉｃｔｉｍ＠ｅｘａｍｐｌｅ．ｏｒｇ', 'victim@example.org'],
		['victim\uFF20example.org', 'victim@example.org'],
		['first.last+tag@sub.example.fi', 'first.last+tag@sub.example.fi'],
		['maija@ääkköset.fi', 'maija@xn--kkset-fraa0m.fi']
	])('%s -> %s', (input, expected) => {
		expect(normalizeEmailAddress(input)).toBe(expected);
	});

	it.each([
		'victim@example.org,a',
		'victim@example.org,attacker@evil.example',
		'victim@example.org;attacker@evil.example',
		'victim@example.org attacker@evil.example',
		'victim@example.org\uFF0Cattacker@evil.example',
		'Victim <victim@example.org>',
		'"victim"@example.org',
		'"a@b"@example.org',
		'victim@@example.org',
		'victim@example',
		'victim@1.2.3.4',
		'victim@[127.0.0.1]',
		'victim@example..org',
		'.victim@example.org',
		'victim(comment)@example.org',
		'victim@example.org\r\nBcc: x@evil.example',
		'',
		'@example.org',
		'victim@'
	])('refuses %j', (input) => {
		expect(normalizeEmailAddress(input)).toBeNull();
		expect(() => normalizeSignInEmail(input)).toThrow();
	});

	it('refuses what is not a string', () => {
		expect(normalizeEmailAddress(['victim@example.org'])).toBeNull();
		expect(normalizeEmailAddress(undefined)).toBeNull();
	});
});

describe('the per-address sign-in limit', () => {
	beforeEach(() => resetRateLimits());

	let ip = 0;
	function post(body: string, type: string) {
		const url = new URL('https://vuokra.example/auth/signin/nodemailer');
		const request = new Request(url, { method: 'POST', headers: { 'content-type': type }, body });
		// A new IP for every request: only the per-address limit can stop them.
		const address = `198.51.100.${++ip}`;
		return limitSignIn({ request, url, getClientAddress: () => address }, 30).then(
			() => 'sent',
			(err: unknown) => (err instanceof HttpProblem ? err.status : err)
		);
	}
	const form = (fields: [string, string][]) =>
		post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
	const json = (body: unknown) => post(JSON.stringify(body), 'application/json');

	it('counts every spelling of one mailbox, in forms and JSON, against one allowance', async () => {
		const answers = [
			await form([['email', 'victim@example.org']]),
			await form([['email', 'VICTIM@Example.org ']]),
			await json({ email: 'victim@example.org' }),
			await form([['email', 'ｖｉｃｔｉｍ＠example.org']]),
			// Auth.js reads the last of repeated fields.
			await form([
				['email', 'someone-else@example.org'],
				['email', 'victim@example.org']
			]),
			await json({ email: 'Victim@EXAMPLE.org' }),
			await form([['email', 'victim@example.org']])
		];
		expect(answers).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 429, 429]);
		// Another mailbox is not affected.
		expect(await json({ email: 'other@example.org' })).toBe('sent');
	});
});
