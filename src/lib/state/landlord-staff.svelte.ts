/**
 * Landlord staff pages (routes/landlord/*): the organisation's overview, one rent-account request
 * with its form and CSV upload, one plan proposal with the answer and payment notes. Amounts are
 * typed in euros and read with `parseMoney`; the server checks the same shared schema again.
 */
import {
	answerProposal,
	confirmPayment,
	fetchStaffOverview,
	fetchStaffProposal,
	fetchStaffRequest,
	saveRentAccount,
	uploadRentCsv
} from '$lib/api/landlord-share';
import { isMonth } from '$lib/domain/dates';
import { RENT_NOTICE_KINDS, type RentNoticeKind } from '$lib/domain/landlord-share';
import { formatMoneyInput, parseMoney } from '$lib/domain/money';
import type { MoneyLocale } from '$lib/domain/money';
import {
	MAX_COUNTER_MONTHS,
	type CsvIssueCode,
	type RentAccountBody,
	type StaffOverview,
	type StaffProposal,
	type StaffRequest
} from '$lib/schemas/landlord-share';
import { isDateInRange } from '$lib/schemas/text';

export type StaffLoad = 'loading' | 'ready' | 'notFound' | 'failed';

export class StaffOverviewState {
	load = $state<StaffLoad>('loading');
	view = $state.raw<StaffOverview | null>(null);

	async refresh(): Promise<void> {
		const result = await fetchStaffOverview();
		if (result.ok) {
			this.view = result.data;
			this.load = 'ready';
		} else this.load = 'failed';
	}
}

export type FieldError = 'amount' | 'day' | 'month' | 'date' | 'duplicate' | 'required';

export interface MonthRowInput {
	month: string;
	due: string;
	paid: string;
}
export interface NoticeInput {
	date: string;
	kind: RentNoticeKind;
}

export interface RentAccountDraft {
	rent: string;
	dueDay: string;
	months: MonthRowInput[];
	interest: string;
	collection: string;
	notices: NoticeInput[];
}

export interface ProposalDraft {
	answer: 'accept' | 'decline' | 'counter';
	reason: string;
	instalment: string;
	startMonth: string;
	length: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const allStrings = (v: Record<string, unknown>, keys: readonly string[]) =>
	keys.every((k) => typeof v[k] === 'string');

/** A kept rent-account draft of this version of the form (anything else is not restored). */
export function isRentAccountDraft(v: unknown): v is RentAccountDraft {
	return (
		isRecord(v) &&
		allStrings(v, ['rent', 'dueDay', 'interest', 'collection']) &&
		Array.isArray(v.months) &&
		v.months.every((m) => isRecord(m) && allStrings(m, ['month', 'due', 'paid'])) &&
		Array.isArray(v.notices) &&
		v.notices.every(
			(n) =>
				isRecord(n) &&
				typeof n.date === 'string' &&
				(RENT_NOTICE_KINDS as readonly unknown[]).includes(n.kind)
		)
	);
}

/** A kept answer draft of this version of the form. */
export function isProposalDraft(v: unknown): v is ProposalDraft {
	return (
		isRecord(v) &&
		['accept', 'decline', 'counter'].includes(v.answer as string) &&
		allStrings(v, ['reason', 'instalment', 'startMonth', 'length'])
	);
}

export interface CsvError {
	row: number;
	column: string;
	code: CsvIssueCode;
}

function moneyOf(text: string): number | null {
	const parsed = parseMoney(text);
	return parsed.ok && parsed.cents !== null ? parsed.cents : null;
}

export class StaffRequestState {
	load = $state<StaffLoad>('loading');
	data = $state.raw<StaffRequest | null>(null);
	rent = $state('');
	dueDay = $state('');
	months = $state<MonthRowInput[]>([{ month: '', due: '', paid: '' }]);
	interest = $state('0');
	collection = $state('0');
	notices = $state<NoticeInput[]>([]);
	errors = $state<Record<string, FieldError>>({});
	csvErrors = $state.raw<CsvError[]>([]);
	saving = $state(false);
	saved = $state(false);
	failed = $state(false);
	/** The fields as the server last gave them (JSON of `#fields()`), to tell unsent edits. */
	#clean = $state('');

	constructor(readonly id: string) {
		this.#clean = JSON.stringify(this.#fields());
	}

	#fields(): RentAccountDraft {
		return {
			rent: this.rent,
			dueDay: this.dueDay,
			months: $state.snapshot(this.months),
			interest: this.interest,
			collection: this.collection,
			notices: $state.snapshot(this.notices)
		};
	}

	/** The rent account being filled in, unless it is what the server has: kept through a reload. */
	draft(): RentAccountDraft | null {
		const now = this.#fields();
		return JSON.stringify(now) === this.#clean ? null : now;
	}

	restoreDraft(saved: RentAccountDraft): void {
		({
			rent: this.rent,
			dueDay: this.dueDay,
			months: this.months,
			interest: this.interest,
			collection: this.collection,
			notices: this.notices
		} = saved);
	}

	async refresh(locale: MoneyLocale): Promise<void> {
		const result = await fetchStaffRequest(this.id);
		if (!result.ok) {
			this.load = !result.offline && result.problem.code === 'not_found' ? 'notFound' : 'failed';
			return;
		}
		this.data = result.data;
		this.load = 'ready';
		const account = result.data.account;
		// Unsent edits (typed here, or a draft kept from before a reload) are newer than what the
		// server has: a refresh (e.g. after a language change) must not overwrite them.
		if (account && this.draft() === null) this.fill(account, locale);
	}

	fill(account: RentAccountBody, locale: MoneyLocale): void {
		this.rent = formatMoneyInput(account.rentCents, locale);
		this.dueDay = String(account.dueDay);
		this.months = account.months.map((m) => ({
			month: m.month,
			due: formatMoneyInput(m.dueCents, locale),
			paid: formatMoneyInput(m.paidCents, locale)
		}));
		this.interest = formatMoneyInput(account.interestCents, locale);
		this.collection = formatMoneyInput(account.collectionCostsCents, locale);
		this.notices = account.notices.map((n) => ({ ...n }));
		this.#clean = JSON.stringify(this.#fields());
	}

	addMonth(): void {
		this.months.push({ month: '', due: this.months.at(-1)?.due ?? '', paid: '' });
	}
	removeMonth(i: number): void {
		this.months.splice(i, 1);
	}
	addNotice(): void {
		this.notices.push({ date: '', kind: RENT_NOTICE_KINDS[0] });
	}
	removeNotice(i: number): void {
		this.notices.splice(i, 1);
	}

	/** The account the form describes, or null with `errors` set per field path. */
	read(): RentAccountBody | null {
		const errors: Record<string, FieldError> = {};
		const rent = moneyOf(this.rent);
		if (rent === null) errors.rent = 'amount';
		const day = Number(this.dueDay);
		if (!Number.isInteger(day) || day < 1 || day > 31) errors.dueDay = 'day';
		const seen: string[] = [];
		const months = this.months.map((m, i) => {
			if (!isMonth(m.month) || !isDateInRange(`${m.month}-01`))
				errors[`months.${i}.month`] = 'month';
			else if (seen.includes(m.month)) errors[`months.${i}.month`] = 'duplicate';
			seen.push(m.month);
			const due = moneyOf(m.due);
			const paid = moneyOf(m.paid === '' ? '0' : m.paid);
			if (due === null) errors[`months.${i}.due`] = 'amount';
			if (paid === null) errors[`months.${i}.paid`] = 'amount';
			return { month: m.month, dueCents: due ?? 0, paidCents: paid ?? 0 };
		});
		if (months.length === 0) errors.months = 'required';
		const interest = moneyOf(this.interest === '' ? '0' : this.interest);
		if (interest === null) errors.interest = 'amount';
		const collection = moneyOf(this.collection === '' ? '0' : this.collection);
		if (collection === null) errors.collection = 'amount';
		this.notices.forEach((n, i) => {
			if (
				!/^\d{4}-\d{2}-\d{2}$/.test(n.date) ||
				!isDateInRange(n.date) ||
				Number.isNaN(Date.parse(n.date))
			) {
				errors[`notices.${i}.date`] = 'date';
			}
		});
		this.errors = errors;
		if (Object.keys(errors).length > 0) return null;
		return {
			rentCents: rent ?? 0,
			dueDay: day,
			months,
			interestCents: interest ?? 0,
			collectionCostsCents: collection ?? 0,
			notices: this.notices.map((n) => ({ date: n.date, kind: n.kind }))
		};
	}

	async save(locale: MoneyLocale): Promise<boolean> {
		this.saved = false;
		this.failed = false;
		const account = this.read();
		if (!account) return false;
		this.saving = true;
		try {
			const result = await saveRentAccount(this.id, account);
			if (!result.ok) {
				const issues = result.offline ? [] : (result.problem.issues ?? []);
				const errors: Record<string, FieldError> = {};
				for (const issue of issues) {
					const path = issue.path.replace(/^account\./, '');
					errors[path] = path.endsWith('month')
						? 'month'
						: path.endsWith('date')
							? 'date'
							: 'amount';
				}
				this.errors = errors;
				this.failed = true;
				return false;
			}
			this.data = result.data;
			if (result.data.account) this.fill(result.data.account, locale);
			this.saved = true;
			return true;
		} finally {
			this.saving = false;
		}
	}

	async upload(csv: string, locale: MoneyLocale): Promise<boolean> {
		this.saved = false;
		this.failed = false;
		this.csvErrors = [];
		this.saving = true;
		try {
			const result = await uploadRentCsv(this.id, csv);
			if (!result.ok) {
				const issues = result.offline ? [] : (result.problem.issues ?? []);
				this.csvErrors = issues.map((i) => {
					const [, row, column] = i.path.split('.');
					return {
						row: Number(row) || 1,
						column: column ?? '',
						code: (i.code ?? 'invalid') as CsvIssueCode
					};
				});
				this.failed = true;
				return false;
			}
			this.data = result.data;
			if (result.data.account) this.fill(result.data.account, locale);
			this.saved = true;
			return true;
		} finally {
			this.saving = false;
		}
	}
}

export type AnswerField = 'reason' | 'instalment' | 'startMonth' | 'length';

export class StaffProposalState {
	load = $state<StaffLoad>('loading');
	data = $state.raw<StaffProposal | null>(null);
	answer = $state<'accept' | 'decline' | 'counter'>('accept');
	reason = $state('');
	instalment = $state('');
	startMonth = $state('');
	length = $state('');
	errors = $state<Partial<Record<AnswerField, true>>>({});
	busy = $state(false);
	done = $state<'answered' | 'confirmed' | null>(null);
	conflict = $state(false);
	failed = $state(false);
	paymentMonth = $state('');
	rentArrived = $state(true);
	instalmentArrived = $state(true);
	paymentError = $state(false);

	constructor(readonly id: string) {}

	/** The answer being written (nothing once it is sent): kept through a reload of the tab. */
	draft(): ProposalDraft | null {
		if (this.done === 'answered') return null;
		const { answer, reason, instalment, startMonth, length } = this;
		return { answer, reason, instalment, startMonth, length };
	}

	restoreDraft(saved: ProposalDraft): void {
		({
			answer: this.answer,
			reason: this.reason,
			instalment: this.instalment,
			startMonth: this.startMonth,
			length: this.length
		} = saved);
	}

	async refresh(): Promise<void> {
		const result = await fetchStaffProposal(this.id);
		if (!result.ok) {
			this.load = !result.offline && result.problem.code === 'not_found' ? 'notFound' : 'failed';
			return;
		}
		this.data = result.data;
		this.load = 'ready';
		const first = result.data.plan?.months[0]?.month;
		if (this.paymentMonth === '' && first)
			this.paymentMonth = result.data.proposal.counter?.startMonth ?? first;
	}

	async send(): Promise<boolean> {
		this.done = null;
		this.conflict = false;
		this.failed = false;
		const errors: Partial<Record<AnswerField, true>> = {};
		let body: Parameters<typeof answerProposal>[1] = { answer: this.answer };
		if (this.answer === 'decline') {
			if (this.reason.trim() === '') errors.reason = true;
			body = { answer: 'decline', reason: this.reason };
		}
		if (this.answer === 'counter') {
			const cents = moneyOf(this.instalment);
			const months = Number(this.length);
			if (cents === null || cents < 1) errors.instalment = true;
			if (!isMonth(this.startMonth)) errors.startMonth = true;
			if (!Number.isInteger(months) || months < 1 || months > MAX_COUNTER_MONTHS)
				errors.length = true;
			body = {
				answer: 'counter',
				counter: { instalmentCents: cents ?? 0, startMonth: this.startMonth, months }
			};
		}
		this.errors = errors;
		if (Object.keys(errors).length > 0) return false;
		this.busy = true;
		try {
			const result = await answerProposal(this.id, body);
			if (!result.ok) {
				if (!result.offline && result.problem.code === 'changed_meanwhile') this.conflict = true;
				else this.failed = true;
				await this.refresh();
				return false;
			}
			this.data = result.data;
			this.done = 'answered';
			if (this.answer === 'counter') this.paymentMonth = this.startMonth;
			return true;
		} finally {
			this.busy = false;
		}
	}

	async confirm(): Promise<boolean> {
		this.done = null;
		this.paymentError = !isMonth(this.paymentMonth);
		if (this.paymentError) return false;
		this.busy = true;
		try {
			const result = await confirmPayment(this.id, {
				month: this.paymentMonth,
				rentArrived: this.rentArrived,
				instalmentArrived: this.instalmentArrived
			});
			if (!result.ok) {
				this.failed = true;
				return false;
			}
			this.data = result.data;
			this.done = 'confirmed';
			return true;
		} finally {
			this.busy = false;
		}
	}
}
