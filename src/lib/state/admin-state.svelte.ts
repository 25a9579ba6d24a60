/**
 * What the admin pages show and the actions that change it: the staff list with the invitation
 * form and role changes (`StaffState`), the run-time settings form (`SettingsState`) and the
 * audit log (`AuditState`), the landlord list (`LandlordAdminState`). A refused or failed save keeps what the admin typed in the form and
 * puts the server's field issues next to their fields. The pages display and dispatch.
 */
import {
	fetchAudit,
	fetchSettings,
	fetchStaff,
	inviteUser,
	saveLandlord,
	saveSettings,
	setUserRole
} from '$lib/api/admin';
import { issuesByPath, type ApiResult } from '$lib/api/client';
import { fetchLandlords } from '$lib/api/landlords';
import { LANDLORD_ID_PATTERN, type LandlordList } from '$lib/schemas/landlords';
import type { ROLES } from '$lib/schemas/account';
import type {
	AdminUser,
	AuditEntry,
	RuntimeSettings,
	SettingsView,
	StaffRole
} from '$lib/schemas/admin';

type Role = (typeof ROLES)[number];
export type Load<T> =
	{ kind: 'loading' } | { kind: 'ok'; data: T } | { kind: 'offline' } | { kind: 'error' };

function loaded<T>(result: ApiResult<T>): Load<T> {
	if (result.ok) return { kind: 'ok', data: result.data };
	return result.offline ? { kind: 'offline' } : { kind: 'error' };
}

/** A save's outcome the page announces: done, a field to fix, or why it failed. */
export type SaveOutcome = 'saved' | 'invalid' | 'offline' | 'failed' | 'lastAdmin';

function outcomeOf(result: ApiResult<unknown>): SaveOutcome {
	if (result.ok) return 'saved';
	if (result.offline) return 'offline';
	if (result.problem.code === 'last_admin') return 'lastAdmin';
	return result.problem.code === 'invalid' ? 'invalid' : 'failed';
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class StaffState {
	list = $state.raw<Load<{ users: AdminUser[] }>>({ kind: 'loading' });
	email = $state('');
	role = $state<StaffRole>('advisor');
	lang = $state<'fi' | 'sv' | 'en'>('fi');
	sending = $state(false);
	inviteOutcome = $state<SaveOutcome | null>(null);
	invitedEmail = $state('');
	inviteErrors = $state<Partial<Record<'email' | 'role', true>>>({});
	/** Per user: the role chosen in their row, and the outcome of its save. */
	chosen = $state<Record<string, Role>>({});
	rowOutcome = $state<Record<string, SaveOutcome>>({});

	async reload(): Promise<void> {
		this.list = loaded(await fetchStaff());
	}

	async invite(): Promise<boolean> {
		if (this.sending) return false;
		this.inviteOutcome = null;
		this.inviteErrors = {};
		const email = this.email.trim();
		if (!EMAIL_SHAPE.test(email)) {
			this.inviteErrors = { email: true };
			this.inviteOutcome = 'invalid';
			return false;
		}
		this.sending = true;
		const result = await inviteUser({ email, role: this.role, lang: this.lang });
		this.sending = false;
		this.inviteOutcome = outcomeOf(result);
		if (!result.ok) {
			const issues = result.offline ? null : issuesByPath(result.problem);
			this.inviteErrors = {
				...(issues?.has('email') ? { email: true } : {}),
				...(issues?.has('role') ? { role: true } : {})
			};
			return false;
		}
		this.invitedEmail = result.data.user.email;
		this.email = '';
		await this.reload();
		return true;
	}

	roleOf(user: AdminUser): Role {
		return this.chosen[user.id] ?? user.role;
	}

	async saveRole(user: AdminUser, role: Role = this.roleOf(user)): Promise<void> {
		const result = await setUserRole(user.id, role);
		this.rowOutcome = { ...this.rowOutcome, [user.id]: outcomeOf(result) };
		if (result.ok) {
			const { [user.id]: _, ...rest } = this.chosen;
			void _;
			this.chosen = rest;
			await this.reload();
		}
	}
}

export type SettingsField = keyof RuntimeSettings;

export class SettingsState {
	load = $state.raw<Load<SettingsView>>({ kind: 'loading' });
	form = $state<RuntimeSettings | null>(null);
	saving = $state(false);
	outcome = $state<SaveOutcome | null>(null);
	errors = $state<Partial<Record<SettingsField, true>>>({});

	async reload(): Promise<void> {
		this.load = loaded(await fetchSettings());
		if (this.load.kind === 'ok') this.form = { ...this.load.data.values };
	}

	async save(): Promise<void> {
		if (!this.form || this.saving) return;
		this.saving = true;
		this.outcome = null;
		const result = await saveSettings({ ...this.form });
		this.saving = false;
		this.outcome = outcomeOf(result);
		if (result.ok) {
			this.errors = {};
			this.load = { kind: 'ok', data: result.data };
			this.form = { ...result.data.values };
			return;
		}
		const paths = result.offline ? [] : [...issuesByPath(result.problem).keys()];
		this.errors = Object.fromEntries(paths.map((k) => [k, true]));
	}
}

export class AuditState {
	load = $state.raw<Load<{ entries: AuditEntry[] }>>({ kind: 'loading' });
	/** True while older entries may exist (the last page was full). */
	more = $state(false);

	async reload(): Promise<void> {
		const result = await fetchAudit();
		this.load = loaded(result);
		this.more = result.ok && result.data.entries.length === 100;
	}

	async older(): Promise<void> {
		if (this.load.kind !== 'ok') return;
		const last = this.load.data.entries.at(-1);
		const result = await fetchAudit(last?.seq);
		if (!result.ok) return;
		this.load = {
			kind: 'ok',
			data: { entries: [...this.load.data.entries, ...result.data.entries] }
		};
		this.more = result.data.entries.length === 100;
	}
}

export type LandlordField = 'id' | 'name' | 'acceptableArrearsMonths' | 'retiredReason';

/** The landlord list and its one editor form (add a new id, or change a listed one). */
export class LandlordAdminState {
	load = $state.raw<Load<LandlordList>>({ kind: 'loading' });
	id = $state('');
	name = $state('');
	months = $state<number | null>(null);
	retiredReason = $state('');
	saving = $state(false);
	outcome = $state<SaveOutcome | null>(null);
	savedName = $state('');
	errors = $state<Partial<Record<LandlordField, true>>>({});

	async reload(): Promise<void> {
		this.load = loaded(await fetchLandlords());
	}

	/** Puts a listed landlord into the form. */
	edit(entry: { id: string; name: string; acceptableArrearsMonths?: number }): void {
		this.id = entry.id;
		this.name = entry.name;
		this.months = entry.acceptableArrearsMonths ?? null;
		this.retiredReason = '';
		this.outcome = null;
		this.errors = {};
	}

	async save(): Promise<void> {
		if (this.saving) return;
		this.outcome = null;
		this.errors = {};
		const id = this.id.trim();
		if (!LANDLORD_ID_PATTERN.test(id)) {
			this.errors = { id: true };
			this.outcome = 'invalid';
			return;
		}
		this.saving = true;
		const months = typeof this.months === 'number' ? this.months : null;
		const result = await saveLandlord(id, {
			name: this.name,
			acceptableArrearsMonths: months,
			retiredReason: this.retiredReason.trim() ? this.retiredReason : null
		});
		this.saving = false;
		this.outcome = outcomeOf(result);
		if (!result.ok) {
			const paths = result.offline ? [] : [...issuesByPath(result.problem).keys()];
			this.errors = Object.fromEntries(paths.map((k) => [k, true]));
			return;
		}
		this.load = { kind: 'ok', data: result.data };
		this.savedName = this.name.trim();
		this.id = '';
		this.name = '';
		this.months = null;
		this.retiredReason = '';
	}
}
