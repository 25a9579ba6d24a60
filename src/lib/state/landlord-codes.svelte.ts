/**
 * What the landlord's code pages show and do: the organisation's codes (filtered, paged), the form
 * that makes one code or a mailing, revocation, and the batch just made, which is the only time
 * its codes can be seen (the server keeps hashes). The batch lives in this module's memory for the
 * print sheet and the CSV, never in storage: a code is a key to the landing page.
 */
import { createCodes, fetchCodes, revokeCode } from '$lib/api/landlord-codes';
import { issuesByPath } from '$lib/api/client';
import { DEFAULT_CODE_DAYS, MAX_CODES_PER_MAILING } from '$lib/domain/referral-code';
import { codesCsv, referenceLines } from '$lib/domain/referral-sheet';
import {
	MAX_CODE_DAYS,
	MAX_INTERNAL_REF,
	type CodeList,
	type CodeStatus,
	type CreatedCode
} from '$lib/schemas/landlord-codes';

export type CodesLoad =
	| { kind: 'loading' }
	| { kind: 'ok'; list: CodeList }
	| { kind: 'refused' }
	| { kind: 'offline' }
	| { kind: 'error' };

export interface Batch {
	orgName: string;
	expiresAt: string;
	codes: CreatedCode[];
}

/** Which message a field shows: keys of `landlordCodes.errors`, `refs` with its figures. */
export type CreateError =
	| { field: 'count'; key: 'count' }
	| { field: 'refs'; key: 'refs'; lines: number; count: number }
	| { field: 'refs'; key: 'refTooLong' }
	| { field: 'days'; key: 'days' }
	| { field: 'form'; key: 'rateLimited' | 'failed' };

let lastBatch = $state.raw<Batch | null>(null);

/** The codes made last in this tab (for the print sheet), or null. */
export function currentBatch(): Batch | null {
	return lastBatch;
}

function wholeNumber(text: string, min: number, max: number): number | null {
	if (!/^\s*\d{1,6}\s*$/.test(text)) return null;
	const n = Number(text);
	return n >= min && n <= max ? n : null;
}

export class LandlordCodesState {
	load = $state.raw<CodesLoad>({ kind: 'loading' });
	status = $state<CodeStatus | ''>('');
	page = $state(1);

	count = $state('1');
	refs = $state('');
	days = $state(String(DEFAULT_CODE_DAYS));
	sending = $state(false);
	errors = $state.raw<CreateError[]>([]);
	revoking = $state<string | null>(null);
	revokedNotice = $state(false);

	readonly list = $derived(this.load.kind === 'ok' ? this.load.list : null);
	readonly pages = $derived(
		this.list ? Math.max(1, Math.ceil(this.list.total / this.list.pageSize)) : 1
	);
	readonly batch = $derived(lastBatch);

	errorOf(field: CreateError['field']): CreateError | undefined {
		return this.errors.find((e) => e.field === field);
	}

	async reload(quiet = false): Promise<void> {
		if (!quiet) this.load = { kind: 'loading' };
		const result = await fetchCodes({ status: this.status || undefined, page: this.page });
		if (result.ok) this.load = { kind: 'ok', list: result.data };
		else if (result.offline) this.load = { kind: 'offline' };
		else if (result.problem.code === 'forbidden' || result.problem.code === 'unauthenticated') {
			this.load = { kind: 'refused' };
		} else this.load = { kind: 'error' };
	}

	async filter(status: CodeStatus | ''): Promise<void> {
		this.status = status;
		this.page = 1;
		await this.reload(true);
	}

	async goTo(page: number): Promise<void> {
		this.page = Math.min(Math.max(1, page), this.pages);
		await this.reload(true);
	}

	/** Checks the form here first; the server checks again and its issues land on the same fields. */
	async create(): Promise<boolean> {
		const errors: CreateError[] = [];
		const count = wholeNumber(this.count, 1, MAX_CODES_PER_MAILING);
		if (count === null) errors.push({ field: 'count', key: 'count' });
		const refs = referenceLines(this.refs);
		if (refs.some((r) => r.length > MAX_INTERNAL_REF)) {
			errors.push({ field: 'refs', key: 'refTooLong' });
		} else if (count !== null && refs.length > 0 && refs.length !== count) {
			errors.push({ field: 'refs', key: 'refs', lines: refs.length, count });
		}
		const days = wholeNumber(this.days, 1, MAX_CODE_DAYS);
		if (days === null) errors.push({ field: 'days', key: 'days' });
		this.errors = errors;
		if (errors.length > 0 || count === null || days === null) return false;

		this.sending = true;
		try {
			const result = await createCodes({
				count,
				...(refs.length > 0 ? { internalRefs: refs } : {}),
				expiresInDays: days
			});
			if (!result.ok) {
				const issues = issuesByPath(result.offline ? null : result.problem);
				const fromServer: CreateError[] = [];
				if (issues.has('count')) fromServer.push({ field: 'count', key: 'count' });
				if ([...issues.keys()].some((p) => String(p).startsWith('internalRefs'))) {
					fromServer.push({ field: 'refs', key: 'refTooLong' });
				}
				if (issues.has('expiresInDays')) fromServer.push({ field: 'days', key: 'days' });
				if (fromServer.length === 0) {
					const limited = !result.offline && result.problem.code === 'rate_limited';
					fromServer.push({ field: 'form', key: limited ? 'rateLimited' : 'failed' });
				}
				this.errors = fromServer;
				return false;
			}
			lastBatch = {
				orgName: this.list?.org.name ?? '',
				expiresAt: result.data.expiresAt,
				codes: result.data.codes
			};
			// What was typed has been made: the form starts over for the next mailing.
			this.count = '1';
			this.refs = '';
			this.status = '';
			this.page = 1;
			await this.reload(true);
			return true;
		} finally {
			this.sending = false;
		}
	}

	async revoke(id: string): Promise<void> {
		this.revoking = id;
		this.revokedNotice = false;
		try {
			const result = await revokeCode(id);
			if (result.ok) this.revokedNotice = true;
			await this.reload(true);
		} finally {
			this.revoking = null;
		}
	}

	/** The CSV of the batch just made, for a download. */
	csv(origin: string): string | null {
		return lastBatch ? codesCsv(origin, lastBatch.codes) : null;
	}
}
