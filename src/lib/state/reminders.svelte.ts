/**
 * The account page's reminders section: the settings form, this device's opt-in and the reason
 * shown when something fails. Push is opt-in per device and only asked when the user presses the
 * button (never on a first visit).
 */
import {
	fetchReminderState,
	removeSubscription,
	saveReminderSettings,
	saveSubscription
} from '$lib/api/reminders';
import { issueAt, type ApiResult } from '$lib/api/client';
import { appDb } from '$lib/db/app-db';
import { subscribeThisBrowser, unsubscribeThisBrowser, type PushFailure } from '$lib/pwa/push';
import { CLIENT_ID_KEY, clientId } from '$lib/sync/sync-client';
import type { ReminderSettingsBody, ReminderState } from '$lib/schemas/reminders';
import type { Issue } from '$lib/schemas/sync';

export type ReminderNotice =
	'saved' | 'subscribed' | 'unsubscribed' | PushFailure | 'offline' | 'serverError';

const NO_ISSUES: ReadonlyMap<string, Issue> = new Map();

function noticeOf<T>(result: ApiResult<T>): ReminderNotice {
	return !result.ok && result.offline ? 'offline' : 'serverError';
}

export class ReminderSettingsState {
	loaded = $state(false);
	loadFailed = $state(false);
	busy = $state(false);
	/** The form: the user's edits stay here whatever the server answers. */
	form = $state<ReminderSettingsBody | null>(null);
	vapidPublicKey = $state('');
	subscribed = $state(false);
	notice = $state<ReminderNotice | null>(null);
	/** Field errors by path; replaced whole, never mutated. */
	issues = $state.raw<ReadonlyMap<string, Issue>>(NO_ISSUES);
	#device = '';

	async load(): Promise<void> {
		this.#device = await clientId(appDb());
		const result = await fetchReminderState(this.#device);
		if (!result.ok) {
			this.loadFailed = true;
			return;
		}
		this.#apply(result.data);
		this.form = structuredClone(result.data.settings);
		this.loaded = true;
	}

	#apply(state: ReminderState) {
		this.vapidPublicKey = state.vapidPublicKey;
		this.subscribed = state.subscribed;
	}

	async save(): Promise<void> {
		if (!this.form) return;
		this.busy = true;
		this.notice = null;
		const result = await saveReminderSettings($state.snapshot(this.form));
		this.busy = false;
		if (result.ok) {
			this.issues = NO_ISSUES;
			this.notice = 'saved';
			return;
		}
		this.issues = result.offline ? NO_ISSUES : issueAt(result.problem);
		this.notice = this.issues.size > 0 ? null : noticeOf(result);
	}

	async optIn(lang: 'fi' | 'sv' | 'en'): Promise<void> {
		this.busy = true;
		this.notice = null;
		try {
			const sub = await subscribeThisBrowser(this.vapidPublicKey);
			if (!sub.ok) {
				this.notice = sub.reason;
				return;
			}
			const result = await saveSubscription(this.#device, {
				endpoint: sub.endpoint,
				keys: { p256dh: sub.p256dh, auth: sub.auth },
				lang
			});
			if (!result.ok) {
				// Not stored: do not leave a subscription in the browser that the server never uses.
				await unsubscribeThisBrowser();
				this.notice = noticeOf(result);
				return;
			}
			this.#apply(result.data);
			this.notice = 'subscribed';
		} finally {
			this.busy = false;
		}
	}

	async optOut(): Promise<void> {
		this.busy = true;
		this.notice = null;
		try {
			await unsubscribeThisBrowser();
			const result = await removeSubscription(this.#device);
			if (!result.ok) {
				this.notice = noticeOf(result);
				return;
			}
			this.#apply(result.data);
			this.notice = 'unsubscribed';
		} finally {
			this.busy = false;
		}
	}
}

/**
 * Sign-out and "forget this device": this device's subscription goes from the browser and the
 * server. Best effort and never throws (the sign-out must go on): a subscription the browser
 * dropped is also dropped by the server at the next send (the push service answers 410).
 */
export async function forgetThisDevicePush(): Promise<void> {
	try {
		await unsubscribeThisBrowser();
		// Only a device that has an id already can have subscribed; never create one here.
		const stored = await appDb().meta.get(CLIENT_ID_KEY);
		if (typeof stored?.value === 'string') await removeSubscription(stored.value);
	} catch {
		// Nothing to add: see above.
	}
}
