/**
 * What the advisor's case page shows and the actions that change it: one tenant's situation as
 * their consents allow (`caseViewSchema`), paged, and the form recording a contact made under one
 * of the tenant's third-party consents. Every successful load is logged by the server, so the
 * page loads once per visit and after its own saves. The page displays and dispatches.
 */
import { changePlan, fetchCase, recordContact } from '$lib/api/advisor-cases';
import { issuesByPath } from '$lib/api/client';
import {
	fromHelsinkiExisting,
	isLocalDate,
	isLocalTime,
	toHelsinki
} from '$lib/domain/helsinki-time';
import type { CaseView } from '$lib/schemas/case-view';

export { changePlan };

/** MAX_CONTACT_NOTE in $lib/schemas/consent (not imported: it pulls in zod). */
export const MAX_CONTACT_NOTE = 500;

export type CaseLoad =
	| { kind: 'loading' }
	| { kind: 'ok'; view: CaseView }
	| { kind: 'refused' }
	| { kind: 'offline' }
	| { kind: 'error' };

export type ContactField = 'consentId' | 'contactedAt' | 'note' | 'form';
/** Which message a field shows (keys of the page's `record.errors` messages). */
export type ContactError = 'consentId' | 'contactedAt' | 'note' | 'refused' | 'offline' | 'failed';

export class CaseState {
	readonly tenantId: string;
	load = $state.raw<CaseLoad>({ kind: 'loading' });
	/** Lists are paged on the server (CASE_PAGE_SIZE rows of each per page). */
	pageNumber = $state(0);

	readonly view = $derived(this.load.kind === 'ok' ? this.load.view : null);
	readonly thirdParties = $derived(
		this.view
			? this.view.consents.filter((consent) => consent.recipient.kind !== 'advisorService')
			: []
	);

	// --- record a contact ---------------------------------------------------------------------
	readonly #opened = toHelsinki(Date.now());
	#consentId = $state('');
	contactDate = $state(this.#opened.date);
	contactTime = $state(this.#opened.time);
	note = $state('');
	sending = $state(false);
	done = $state(false);
	errors = $state<Partial<Record<ContactField, ContactError>>>({});

	readonly #party = $derived(
		this.#consentId || (this.thirdParties.length === 1 ? this.thirdParties[0]!.id : '')
	);
	/** The chosen party; with only one third party, that one. */
	get consentId(): string {
		return this.#party;
	}
	set consentId(id: string) {
		this.#consentId = id;
	}

	constructor(tenantId: string) {
		this.tenantId = tenantId;
	}

	/** `quiet`: refresh in place (after a save) instead of blanking the page while it loads. */
	async reload(quiet = false): Promise<void> {
		if (!quiet) this.load = { kind: 'loading' };
		const result = await fetchCase(this.tenantId, this.pageNumber);
		if (result.ok) this.load = { kind: 'ok', view: result.data };
		else if (result.offline) this.load = { kind: 'offline' };
		else if (result.problem.code === 'no_consent' || result.problem.code === 'forbidden') {
			this.load = { kind: 'refused' };
		} else this.load = { kind: 'error' };
	}

	async turnPage(delta: number): Promise<void> {
		this.pageNumber = Math.max(0, this.pageNumber + delta);
		await this.reload(true);
	}

	/** Checks and sends the contact record; false when a field needs fixing (see `errors`). */
	async recordContact(): Promise<boolean> {
		if (this.sending) return true;
		const out: Partial<Record<ContactField, ContactError>> = {};
		if (!this.thirdParties.some((p) => p.id === this.consentId)) out.consentId = 'consentId';
		// Left as it was: "now", to the second (the minute shown may be before the consent was given).
		const untouched =
			this.contactDate === this.#opened.date && this.contactTime === this.#opened.time;
		const at = untouched
			? Date.now()
			: isLocalDate(this.contactDate) && isLocalTime(this.contactTime)
				? fromHelsinkiExisting(this.contactDate, this.contactTime)
				: null;
		if (at === null || at > Date.now() + 5 * 60_000) out.contactedAt = 'contactedAt';
		const trimmed = this.note.trim();
		if (!trimmed || trimmed.length > MAX_CONTACT_NOTE) out.note = 'note';
		this.errors = out;
		this.done = false;
		if (Object.keys(out).length > 0 || at === null) return false;
		this.sending = true;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- an instant sent, not state
		const contactedAt = new Date(at).toISOString();
		const result = await recordContact(this.tenantId, {
			consentId: this.consentId,
			contactedAt,
			note: trimmed
		});
		this.sending = false;
		if (result.ok) {
			this.note = '';
			this.done = true;
			return true;
		}
		if (result.offline) this.errors = { form: 'offline' };
		else if (result.problem.code === 'no_consent' || result.problem.code === 'forbidden') {
			this.errors = { consentId: 'refused' };
		} else {
			const next: Partial<Record<ContactField, ContactError>> = {};
			for (const path of issuesByPath(result.problem).keys()) {
				if (path === 'consentId') next.consentId = 'consentId';
				else if (path === 'contactedAt') next.contactedAt = 'contactedAt';
				else if (path === 'note') next.note = 'note';
			}
			this.errors = Object.keys(next).length > 0 ? next : { form: 'failed' };
		}
		return false;
	}
}
