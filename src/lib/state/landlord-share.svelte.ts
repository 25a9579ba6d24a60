/**
 * The tenant's landlord page (routes/landlord-share): the organisation of the situation's
 * landlord, the tenant's consents towards it, what it reported and how it answered the plans.
 * Consents go through the consent endpoints with the landlord kind; the rules are in
 * lib/domain/landlord-share.ts.
 */
import { fetchConsents, giveConsent } from '$lib/api/consents';
import {
	acceptCounterProposal,
	fetchTenantShare,
	sendPlanToLandlord,
	withdrawLandlordConsent
} from '$lib/api/landlord-share';
import { CURRENT_LANDLORD_CONSENT_TEXT_VERSION } from '$lib/consent-texts';
import { categoriesForLandlordKind, type LandlordConsentKind } from '$lib/domain/landlord-share';
import type { Lang } from '$lib/i18n/i18n.svelte';
import type { ConsentView } from '$lib/schemas/consent';
import type { LandlordOrgRef, TenantShareView } from '$lib/schemas/landlord-share';

export type ShareLoad =
	| { kind: 'loading' }
	| { kind: 'signedOut' }
	| { kind: 'failed'; offline: boolean }
	| { kind: 'ready' };

/** What went wrong with the last action, for the page to word. */
export type ShareActionError = 'failed' | 'offline' | 'counterDoesNotFit' | 'textOutdated' | null;

export class TenantShareState {
	load = $state.raw<ShareLoad>({ kind: 'loading' });
	view = $state.raw<TenantShareView | null>(null);
	consents = $state.raw<ConsentView[]>([]);
	busy = $state<string | null>(null);
	error = $state<ShareActionError>(null);
	/** Set after an action that succeeded: the page announces it. */
	done = $state<'given' | 'withdrawn' | 'planSent' | 'counterAccepted' | null>(null);

	#landlordKey: string | null = null;

	get org(): LandlordOrgRef | null {
		return this.view?.org ?? null;
	}

	/** The tenant's active consent of `kind` towards the organisation, if any. */
	active(kind: LandlordConsentKind): ConsentView | undefined {
		const org = this.org;
		if (!org) return undefined;
		return this.consents.findLast(
			(c) => c.state === 'active' && c.landlord?.orgId === org.id && c.landlord.kind === kind
		);
	}

	async refresh(landlordKey: string | null): Promise<void> {
		this.#landlordKey = landlordKey;
		const [view, consents] = await Promise.all([fetchTenantShare(landlordKey), fetchConsents()]);
		if (!view.ok) {
			if (!view.offline && view.problem.code === 'unauthenticated')
				this.load = { kind: 'signedOut' };
			else this.load = { kind: 'failed', offline: view.offline };
			return;
		}
		this.view = view.data;
		if (consents.ok) this.consents = consents.data.consents;
		this.load = { kind: 'ready' };
	}

	async #act(key: string, action: () => Promise<{ ok: boolean; offline?: boolean }>) {
		this.busy = key;
		this.error = null;
		this.done = null;
		try {
			const result = await action();
			if (!result.ok) {
				this.error = result.offline ? 'offline' : 'failed';
				return false;
			}
			await this.refresh(this.#landlordKey);
			return true;
		} finally {
			this.busy = null;
		}
	}

	/**
	 * Gives a consent of `kind` under `textVersion` (the version whose words the page shows). When
	 * a newer version was published meanwhile the server refuses (409 `consent_text_outdated`):
	 * `error` is then `textOutdated` and the page shows the new words before the tenant tries again.
	 */
	async give(
		kind: LandlordConsentKind,
		lang: Lang,
		textVersion: string = CURRENT_LANDLORD_CONSENT_TEXT_VERSION
	): Promise<void> {
		const org = this.org;
		if (!org) return;
		const ok = await this.#act(kind, async () => {
			const result = await giveConsent(
				{
					recipient: { kind: 'landlord', name: org.name },
					categories: categoriesForLandlordKind(kind),
					textVersion,
					language: lang,
					landlord: { landlordKey: org.landlordKey, kind }
				},
				crypto.randomUUID()
			);
			if (!result.ok && !result.offline && result.problem.code === 'consent_text_outdated') {
				this.error = 'textOutdated';
				return { ok: true };
			}
			return result;
		});
		if (ok && this.error === null) this.done = 'given';
	}

	async withdraw(consentId: string): Promise<void> {
		if (await this.#act(consentId, () => withdrawLandlordConsent(consentId)))
			this.done = 'withdrawn';
	}

	async sendPlan(planId: string): Promise<void> {
		const org = this.org;
		if (!org) return;
		if (await this.#act('sendPlan', () => sendPlanToLandlord(planId, org.id)))
			this.done = 'planSent';
	}

	async acceptCounter(proposalId: string): Promise<void> {
		const ok = await this.#act(proposalId, async () => {
			const result = await acceptCounterProposal(proposalId);
			if (
				!result.ok &&
				!result.offline &&
				result.problem.issues?.some((i) => i.path === 'counter')
			) {
				this.error = 'counterDoesNotFit';
				return { ok: true };
			}
			return result;
		});
		if (ok && this.error === null) this.done = 'counterAccepted';
	}
}
