/**
 * What the admin pages show and the actions that change it: the staff list with the invitation
 * form and role changes (`StaffState`), the run-time settings form (`SettingsState`) and the
 * audit log (`AuditState`), the landlord list (`LandlordAdminState`), landlord organisations and
 * their staff (`OrgAdminState`). A refused or failed save keeps what the admin typed in the form
 * and puts the server's field issues next to their fields. The pages display and dispatch.
 */
import {
	fetchAudit,
	fetchSettings,
	fetchStaff,
	fetchLandlordOrgs,
	inviteUser,
	removeLandlordStaff,
	saveLandlord,
	saveLandlordOrg,
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
	LandlordOrg,
	LandlordOrgList,
	RuntimeSettings,
	SettingsView,
	StaffRole
} from '$lib/schemas/admin';
import type { Drafted } from './staff-draft.svelte';

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

/** The one organisation there is, chosen for the admin; '' when there are none or several. */
const onlyOrg = (orgs: readonly LandlordOrg[]): string => (orgs.length === 1 ? orgs[0]!.id : '');

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class StaffState {
	list = $state.raw<Load<{ users: AdminUser[] }>>({ kind: 'loading' });
	email = $state('');
	role = $state<StaffRole>('advisor');
	lang = $state<'fi' | 'sv' | 'en'>('fi');
	sending = $state(false);
	inviteOutcome = $state<SaveOutcome | null>(null);
	invitedEmail = $state('');
	inviteErrors = $state<Partial<Record<'email' | 'role' | 'orgId', true>>>({});
	/** The organisation a landlord invitation goes to ('' = none chosen), and the choices. */
	orgId = $state('');
	orgs = $state.raw<LandlordOrg[]>([]);
	/** Per user: the role chosen in their row, and the outcome of its save. */
	chosen = $state<Record<string, Role>>({});
	rowOutcome = $state<Record<string, SaveOutcome>>({});

	async reload(): Promise<void> {
		const [staff, orgs] = await Promise.all([fetchStaff(), fetchLandlordOrgs()]);
		this.list = loaded(staff);
		if (orgs.ok) this.orgs = orgs.data.orgs;
		if (this.orgId === '') this.orgId = onlyOrg(this.orgs);
	}

	async invite(): Promise<boolean> {
		if (this.sending) return false;
		this.inviteOutcome = null;
		this.inviteErrors = {};
		const email = this.email.trim();
		const needsOrg = this.role === 'landlord' && this.orgId === '';
		if (!EMAIL_SHAPE.test(email) || needsOrg) {
			this.inviteErrors = {
				...(EMAIL_SHAPE.test(email) ? {} : { email: true }),
				...(needsOrg ? { orgId: true } : {})
			};
			this.inviteOutcome = 'invalid';
			return false;
		}
		this.sending = true;
		const result = await inviteUser({
			email,
			role: this.role,
			lang: this.lang,
			...(this.role === 'landlord' ? { orgId: this.orgId } : {})
		});
		this.sending = false;
		this.inviteOutcome = outcomeOf(result);
		if (!result.ok) {
			const issues = result.offline ? null : issuesByPath(result.problem);
			this.inviteErrors = {
				...(issues?.has('email') ? { email: true } : {}),
				...(issues?.has('role') ? { role: true } : {}),
				...(issues?.has('orgId') ? { orgId: true } : {})
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

export type OrgField = 'name' | 'landlordKey';

/** What the organisations page keeps of its two forms across a reload of the tab. */
export interface OrgDraft {
	editingId: string | null;
	name: string;
	landlordKey: string;
	inviteOrgId: string;
	inviteEmail: string;
}

export function isOrgDraft(value: unknown): value is OrgDraft {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		(v.editingId === null || typeof v.editingId === 'string') &&
		['name', 'landlordKey', 'inviteOrgId', 'inviteEmail'].every((k) => typeof v[k] === 'string')
	);
}

/**
 * Landlord organisations: the form that adds one or changes the one being edited (its name and
 * its entry in the map's landlord list), the staff invitation form, and removing a member.
 */
export class OrgAdminState implements Drafted<OrgDraft> {
	load = $state.raw<Load<LandlordOrgList>>({ kind: 'loading' });
	/** The map's landlord list, for the link select. */
	landlords = $state.raw<LandlordList['landlords']>([]);
	/** The organisation in the form, or null for a new one. */
	editingId = $state<string | null>(null);
	name = $state('');
	/** '' = not linked. */
	landlordKey = $state('');
	saving = $state(false);
	outcome = $state<SaveOutcome | null>(null);
	savedName = $state('');
	/** `taken`: another organisation has the name or the link. */
	errors = $state<Partial<Record<OrgField, 'invalid' | 'taken'>>>({});

	inviteOrgId = $state('');
	inviteEmail = $state('');
	inviteLang = $state<'fi' | 'sv' | 'en'>('fi');
	inviting = $state(false);
	inviteOutcome = $state<SaveOutcome | null>(null);
	invitedEmail = $state('');
	inviteErrors = $state<Partial<Record<'email' | 'orgId', true>>>({});

	/** The last removal: whom, and how it went. */
	removal = $state<{ email: string; outcome: SaveOutcome } | null>(null);

	async reload(): Promise<void> {
		const [orgs, landlords] = await Promise.all([fetchLandlordOrgs(), fetchLandlords()]);
		this.load = loaded(orgs);
		if (landlords.ok) this.landlords = landlords.data.landlords;
		if (this.inviteOrgId === '') this.inviteOrgId = onlyOrg(orgs.ok ? orgs.data.orgs : []);
	}

	/** The name of the map's entry an organisation is linked to (its id when retired). */
	landlordName(key: string): string {
		return this.landlords.find((l) => l.id === key)?.name ?? key;
	}

	/** The map's entries an organisation in the form may link to: those no other one holds. */
	offeredLandlords(): LandlordList['landlords'] {
		const orgs = this.load.kind === 'ok' ? this.load.data.orgs : [];
		const held = orgs.filter((o) => o.id !== this.editingId).map((o) => o.landlordKey);
		return this.landlords.filter((l) => !held.includes(l.id));
	}

	edit(org: LandlordOrg): void {
		this.editingId = org.id;
		this.name = org.name;
		this.landlordKey = org.landlordKey ?? '';
		this.outcome = null;
		this.errors = {};
	}

	cancelEdit(): void {
		this.editingId = null;
		this.name = '';
		this.landlordKey = '';
		this.errors = {};
	}

	async save(): Promise<void> {
		if (this.saving) return;
		this.outcome = null;
		this.errors = {};
		const name = this.name.trim();
		if (name.length < 2 || name.length > 200) {
			this.errors = { name: 'invalid' };
			this.outcome = 'invalid';
			return;
		}
		this.saving = true;
		const id = this.editingId ?? crypto.randomUUID();
		const result = await saveLandlordOrg(id, {
			name,
			landlordKey: this.landlordKey === '' ? null : this.landlordKey
		});
		this.saving = false;
		this.outcome = outcomeOf(result);
		if (!result.ok) {
			// The shape is checked above, so a refused name or link is held by another organisation.
			const paths = result.offline ? [] : [...issuesByPath(result.problem).keys()];
			this.errors = Object.fromEntries(
				paths
					.filter((p): p is OrgField => p === 'name' || p === 'landlordKey')
					.map((p) => [p, 'taken'])
			);
			return;
		}
		this.load = { kind: 'ok', data: result.data };
		this.savedName = name;
		if (this.inviteOrgId === '') this.inviteOrgId = id;
		this.cancelEdit();
	}

	async invite(): Promise<boolean> {
		if (this.inviting) return false;
		this.inviteOutcome = null;
		const email = this.inviteEmail.trim();
		this.inviteErrors = {
			...(EMAIL_SHAPE.test(email) ? {} : { email: true }),
			...(this.inviteOrgId === '' ? { orgId: true } : {})
		};
		if (Object.keys(this.inviteErrors).length > 0) {
			this.inviteOutcome = 'invalid';
			return false;
		}
		this.inviting = true;
		const result = await inviteUser({
			email,
			role: 'landlord',
			lang: this.inviteLang,
			orgId: this.inviteOrgId
		});
		this.inviting = false;
		this.inviteOutcome = outcomeOf(result);
		if (!result.ok) {
			const issues = result.offline ? null : issuesByPath(result.problem);
			this.inviteErrors = {
				...(issues?.has('email') ? { email: true } : {}),
				...(issues?.has('orgId') ? { orgId: true } : {})
			};
			return false;
		}
		this.invitedEmail = result.data.user.email;
		this.inviteEmail = '';
		await this.reload();
		return true;
	}

	async remove(org: LandlordOrg, user: AdminUser): Promise<void> {
		const result = await removeLandlordStaff(org.id, user.id);
		this.removal = { email: user.email, outcome: outcomeOf(result) };
		if (result.ok) this.load = { kind: 'ok', data: result.data };
	}

	draft(): OrgDraft | null {
		const d = {
			editingId: this.editingId,
			name: this.name,
			landlordKey: this.landlordKey,
			inviteOrgId: this.inviteOrgId,
			inviteEmail: this.inviteEmail
		};
		return d.editingId === null && d.name === '' && d.landlordKey === '' && d.inviteEmail === ''
			? null
			: d;
	}

	restoreDraft(saved: OrgDraft): void {
		this.editingId = saved.editingId;
		this.name = saved.name;
		this.landlordKey = saved.landlordKey;
		this.inviteOrgId = saved.inviteOrgId;
		this.inviteEmail = saved.inviteEmail;
	}
}
