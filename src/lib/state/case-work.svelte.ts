/**
 * The case-work panel of the advisor's case page: the tenant's case (status, advisor, notes,
 * tasks, bookings) and its actions. What the advisor typed stays in its field until the server
 * has it: a refused or unsent note, task or outcome is kept with the reason beside its field.
 */
import {
	addNote,
	addTask,
	closeCase,
	completeTask,
	fetchCaseOfTenant,
	updateCase
} from '$lib/api/cases';
import { issuesByPath, type ApiResult } from '$lib/api/client';
import { toHelsinki } from '$lib/domain/helsinki-time';
import type { CaseOutcome } from '$lib/domain/cases';
import type { CaseDetail, UpdateCaseBody } from '$lib/schemas/cases';

export type CaseWorkLoad =
	| { kind: 'loading' }
	| { kind: 'ok'; detail: CaseDetail }
	| { kind: 'none' }
	| { kind: 'offline' }
	| { kind: 'error' };

/** Why an action did not go through, shown next to its field. */
export type ActionError = 'offline' | 'invalid' | 'closed' | 'failed';

export class CaseWorkState {
	readonly tenantId: string;
	load = $state.raw<CaseWorkLoad>({ kind: 'loading' });
	readonly detail = $derived(this.load.kind === 'ok' ? this.load.detail : null);

	noteText = $state('');
	taskTitle = $state('');
	taskDue = $state(toHelsinki(Date.now() + 86_400_000).date);
	outcome = $state<CaseOutcome | ''>('');
	busy = $state(false);
	errors = $state<
		Partial<Record<'status' | 'note' | 'taskTitle' | 'taskDue' | 'outcome' | 'task', ActionError>>
	>({});

	constructor(tenantId: string) {
		this.tenantId = tenantId;
	}

	async reload(): Promise<void> {
		const result = await fetchCaseOfTenant(this.tenantId);
		if (result.ok) this.load = { kind: 'ok', detail: result.data };
		else if (result.offline) this.load = { kind: 'offline' };
		else this.load = result.problem.code === 'not_found' ? { kind: 'none' } : { kind: 'error' };
	}

	#errorOf<T>(result: ApiResult<T>): ActionError {
		if (!result.ok && result.offline) return 'offline';
		if (!result.ok && result.problem.code === 'case_closed') return 'closed';
		if (!result.ok && result.problem.code === 'invalid') return 'invalid';
		return 'failed';
	}

	async #run<T>(
		key: keyof CaseWorkState['errors'],
		call: () => Promise<ApiResult<T>>,
		after: (data: T) => void
	): Promise<boolean> {
		if (this.busy) return false;
		this.busy = true;
		this.errors = { ...this.errors, [key]: undefined };
		try {
			const result = await call();
			if (!result.ok) {
				const fields = issuesByPath(result.ok ? null : result.offline ? null : result.problem);
				if (key === 'taskTitle' && fields.has('dueDate') && !fields.has('title')) {
					this.errors = { ...this.errors, taskDue: 'invalid' };
				} else this.errors = { ...this.errors, [key]: this.#errorOf(result) };
				return false;
			}
			after(result.data);
			return true;
		} finally {
			this.busy = false;
		}
	}

	move(body: UpdateCaseBody): Promise<boolean> {
		const id = this.detail?.case.id;
		if (!id) return Promise.resolve(false);
		return this.#run(
			'status',
			() => updateCase(id, body),
			(detail) => {
				this.load = { kind: 'ok', detail };
			}
		);
	}

	async saveNote(): Promise<boolean> {
		const id = this.detail?.case.id;
		if (!id) return false;
		if (this.noteText.trim() === '') {
			this.errors = { ...this.errors, note: 'invalid' };
			return false;
		}
		const ok = await this.#run(
			'note',
			() => addNote(id, this.noteText),
			() => {
				this.noteText = '';
			}
		);
		if (ok) await this.reload();
		return ok;
	}

	async saveTask(): Promise<boolean> {
		const id = this.detail?.case.id;
		if (!id) return false;
		if (this.taskTitle.trim() === '') {
			this.errors = { ...this.errors, taskTitle: 'invalid' };
			return false;
		}
		this.errors = { ...this.errors, taskDue: undefined };
		const ok = await this.#run(
			'taskTitle',
			() => addTask(id, this.taskTitle, this.taskDue),
			() => {
				this.taskTitle = '';
			}
		);
		if (ok) await this.reload();
		return ok;
	}

	async complete(taskId: string, answer?: boolean): Promise<boolean> {
		const id = this.detail?.case.id;
		if (!id) return false;
		const ok = await this.#run(
			'task',
			() => completeTask(id, taskId, answer),
			() => undefined
		);
		if (ok) await this.reload();
		return ok;
	}

	close(): Promise<boolean> {
		const id = this.detail?.case.id;
		const outcome = this.outcome;
		if (!id) return Promise.resolve(false);
		if (outcome === '') {
			this.errors = { ...this.errors, outcome: 'invalid' };
			return Promise.resolve(false);
		}
		return this.#run(
			'outcome',
			() => closeCase(id, outcome),
			(detail) => {
				this.load = { kind: 'ok', detail };
				this.outcome = '';
			}
		);
	}
}
