/**
 * How the outbox is cut into push requests, and how a refused request is read. Pure: the sync
 * transport (`$lib/api/sync`) does the I/O and reads the refusal's body once.
 *
 * A batch is sized by the bytes of its body before it is sent, so it fits the server's one body
 * limit (MAX_PUSH_BYTES); a server or proxy with a smaller limit answers 413 (or says "too
 * large"), and the budget halves. A refusal that one entry still gets is that entry's own: it is
 * set aside (quarantined) so it cannot hold up every later edit.
 */
import type { ProblemAnswer } from '$lib/api/client';
import type { Issue, Mutation } from '$lib/schemas/sync';

/** `{"mutations":[]}`: the bytes of the envelope around the mutations. */
const ENVELOPE_BYTES = 16;
const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
	return encoder.encode(JSON.stringify(value)).byteLength;
}

/** The push body, exactly as `fitByBytes` counted it. */
export function pushBody(mutations: readonly Mutation[]): string {
	return JSON.stringify({ mutations });
}

/**
 * The longest prefix of `mutations` whose push body fits in `budget` bytes; never empty when
 * `mutations` is not (a single entry over the budget is sent alone and judged by the server).
 */
export function fitByBytes(mutations: readonly Mutation[], budget: number): Mutation[] {
	let total = ENVELOPE_BYTES;
	const fitted: Mutation[] = [];
	for (const m of mutations) {
		const size = jsonBytes(m) + (fitted.length > 0 ? 1 : 0);
		if (fitted.length > 0 && total + size > budget) break;
		total += size;
		fitted.push(m);
	}
	return fitted;
}

export interface BatchLimits {
	count: number;
	bytes: number;
}

/** Halves both limits below what was just refused as too large. */
export function shrink(limits: BatchLimits, refused: readonly Mutation[]): BatchLimits {
	return {
		count: Math.max(1, Math.ceil(refused.length / 2)),
		bytes: Math.max(1, Math.floor(jsonBytes({ mutations: refused }) / 2))
	};
}

export type Refusal =
	| { kind: 'tooLarge' }
	/** `indexes`: the mutations the server named (`mutations.3.baseVersion`); may be empty. */
	| { kind: 'invalid'; indexes: number[]; issues: Issue[] };

const TOO_LARGE = /too large|exceeds? (the )?limit|BODY_SIZE_LIMIT/i;

/**
 * Reads a push answer that refuses the batch itself: 413 or any answer saying "too large" (some
 * servers and proxies answer 500 or 502 with that text), or 400 (a mutation no server will
 * accept). Other failures (401, 429, 5xx) are not about the batch and are returned as null.
 */
export function readRefusal(
	status: number,
	statusText: string,
	{ text, problem }: ProblemAnswer
): Refusal | null {
	if (status >= 200 && status < 300) return null;
	if (status === 413 || TOO_LARGE.test(statusText) || TOO_LARGE.test(text)) {
		return { kind: 'tooLarge' };
	}
	if (status !== 400) return null;
	const issues = problem.issues ?? [];
	const indexes = new Set<number>();
	for (const issue of issues) {
		const match = /^mutations\.(\d+)(\.|$)/.exec(issue.path);
		if (match) indexes.add(Number(match[1]));
	}
	return { kind: 'invalid', indexes: [...indexes].sort((a, b) => a - b), issues };
}
