/**
 * Shapes of what passes between a tenant and their landlord organisation (docs/landlord-share.md):
 * the rent account (form and CSV go through the one `rentAccountSchema`), the landlord's answer
 * to a plan, payment confirmations, and the views each party reads. zod/mini, shared by the
 * browser and the server.
 */
import { z } from 'zod/mini';
import {
	LANDLORD_CONSENT_KINDS,
	PROPOSAL_STATES,
	RENT_NOTICE_KINDS,
	type RentAccount
} from '$lib/domain/landlord-share';
import { MONTH_PATTERN } from '$lib/domain/dates';
import { parseMoney } from '$lib/domain/money';
import { MAX_CENTS } from './constants';
import { planSchema } from './plan';
import { DATE_RANGE_MESSAGE, dateInRange, isDateInRange, trimmedNote } from './text';

export const landlordConsentKindSchema = z.enum(LANDLORD_CONSENT_KINDS);
export const proposalStateSchema = z.enum(PROPOSAL_STATES);

/** Most month rows one account holds: five years of history is more than any arrears case. */
export const MAX_RENT_MONTHS = 60;
export const MAX_RENT_NOTICES = 30;
/** A CSV upload is at most this many characters (about 70 rows of generous width). */
export const MAX_RENT_CSV_CHARS = 16_000;
export const MAX_DECLINE_REASON = 1000;
export const MAX_COUNTER_MONTHS = 60;

const cents = z.int().check(z.minimum(0), z.maximum(MAX_CENTS));
const month = z.string().check(
	z.regex(MONTH_PATTERN, 'use YYYY-MM'),
	z.refine((m) => isDateInRange(`${m}-01`), DATE_RANGE_MESSAGE)
);

export const rentMonthSchema = z.strictObject({ month, dueCents: cents, paidCents: cents });
export const rentNoticeSchema = z.strictObject({
	date: dateInRange(),
	kind: z.enum(RENT_NOTICE_KINDS)
});

/** The rent account a landlord reports: the one schema the form, the CSV and the server use. */
export const rentAccountSchema = z
	.strictObject({
		rentCents: cents,
		dueDay: z.int().check(z.minimum(1), z.maximum(31)),
		months: z
			.array(rentMonthSchema)
			.check(z.minLength(1, 'add at least one month'), z.maxLength(MAX_RENT_MONTHS)),
		interestCents: cents,
		collectionCostsCents: cents,
		notices: z.array(rentNoticeSchema).check(z.maxLength(MAX_RENT_NOTICES))
	})
	.check(
		z.refine((a) => new Set(a.months.map((m) => m.month)).size === a.months.length, {
			message: 'a month appears twice',
			path: ['months']
		})
	);
export type RentAccountBody = z.infer<typeof rentAccountSchema>;
// The domain's type and the wire's type are the same shape.
export type { RentAccount };

/** POST /api/landlord/requests/[id]/csv. */
export const rentAccountCsvBodySchema = z.strictObject({
	csv: z.string().check(z.minLength(1), z.maxLength(MAX_RENT_CSV_CHARS))
});

/** POST /api/landlord/requests/[id]/account. */
export const rentAccountBodySchema = z.strictObject({ account: rentAccountSchema });

// ---------------------------------------------------------------------------------------------
// CSV (format: docs/landlord-share.md, "Rent account CSV")

export const RENT_CSV_COLUMNS = [
	'type',
	'month',
	'due',
	'paid',
	'amount',
	'date',
	'notice'
] as const;
export type RentCsvColumn = (typeof RENT_CSV_COLUMNS)[number];
export const RENT_CSV_TYPES = [
	'rent',
	'dueday',
	'month',
	'interest',
	'collection',
	'notice'
] as const;

/** What is wrong in a CSV cell; the landlord's page words it (`landlordShare.staff.csvErrors`). */
export const CSV_ISSUE_CODES = [
	'header',
	'type',
	'amount',
	'day',
	'month',
	'notice',
	'date',
	'missingRent',
	'missingDueDay',
	'duplicateMonth',
	'invalid'
] as const;
export type CsvIssueCode = (typeof CSV_ISSUE_CODES)[number];

/** One problem in an upload: `row` counts lines from 1 (the header is row 1). */
export interface CsvIssue {
	row: number;
	column: RentCsvColumn | null;
	code: CsvIssueCode;
	message: string;
}

export type CsvResult = { ok: true; account: RentAccount } | { ok: false; issues: CsvIssue[] };

function splitLine(line: string): string[] {
	// Values never need quotes (amounts use a decimal comma, so ';' separates), but a spreadsheet
	// may still quote them: strip one pair of surrounding quotes.
	return line.split(';').map((v) =>
		v
			.trim()
			.replace(/^"(.*)"$/, '$1')
			.trim()
	);
}

/**
 * Reads the rent account CSV. Every problem is reported with its row and column, and the
 * assembled account is then checked with `rentAccountSchema`, whose issues are mapped back to
 * the row they came from; any issue means nothing is stored.
 */
export function parseRentAccountCsv(text: string): CsvResult {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const issues: CsvIssue[] = [];
	const header = splitLine(lines[0] ?? '').map((h) => h.toLowerCase());
	const missing = RENT_CSV_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length > 0) {
		return {
			ok: false,
			issues: [
				{
					row: 1,
					column: null,
					code: 'header',
					message: `header is missing: ${missing.join(', ')}`
				}
			]
		};
	}
	const col = (cells: string[], name: RentCsvColumn) => cells[header.indexOf(name)] ?? '';
	let rentCents: number | null = null;
	let dueDay: number | null = null;
	let interestCents = 0;
	let collectionCostsCents = 0;
	const months: { month: string; dueCents: number; paidCents: number; row: number }[] = [];
	const notices: { date: string; kind: string; row: number }[] = [];

	const money = (row: number, cells: string[], name: RentCsvColumn): number | null => {
		const parsed = parseMoney(col(cells, name));
		if (!parsed.ok || parsed.cents === null) {
			issues.push({
				row,
				column: name,
				code: 'amount',
				message: 'write an amount in euros, e.g. 650,00'
			});
			return null;
		}
		return parsed.cents;
	};

	lines.slice(1).forEach((line, i) => {
		const row = i + 2;
		if (line.trim() === '') return;
		const cells = splitLine(line);
		const type = col(cells, 'type').toLowerCase();
		switch (type) {
			case 'rent':
				rentCents = money(row, cells, 'amount');
				break;
			case 'dueday': {
				const day = Number(col(cells, 'amount'));
				if (!Number.isInteger(day) || day < 1 || day > 31) {
					issues.push({
						row,
						column: 'amount',
						code: 'day',
						message: 'write a day of the month, 1-31'
					});
				} else dueDay = day;
				break;
			}
			case 'month': {
				const m = col(cells, 'month');
				if (!MONTH_PATTERN.test(m)) {
					issues.push({
						row,
						column: 'month',
						code: 'month',
						message: 'write the month as YYYY-MM'
					});
				}
				const due = money(row, cells, 'due');
				const paid = money(row, cells, 'paid');
				if (due !== null && paid !== null)
					months.push({ month: m, dueCents: due, paidCents: paid, row });
				break;
			}
			case 'interest':
			case 'collection': {
				const amount = money(row, cells, 'amount');
				if (amount !== null) {
					if (type === 'interest') interestCents += amount;
					else collectionCostsCents += amount;
				}
				break;
			}
			case 'notice': {
				const kind = col(cells, 'notice');
				if (!(RENT_NOTICE_KINDS as readonly string[]).includes(kind)) {
					issues.push({
						row,
						column: 'notice',
						code: 'notice',
						message: `write one of ${RENT_NOTICE_KINDS.join(', ')}`
					});
				}
				notices.push({ date: col(cells, 'date'), kind, row });
				break;
			}
			default:
				issues.push({
					row,
					column: 'type',
					code: 'type',
					message: `write one of ${RENT_CSV_TYPES.join(', ')}`
				});
		}
	});
	if (rentCents === null && !issues.some((i) => i.column === 'amount')) {
		issues.push({ row: 1, column: null, code: 'missingRent', message: 'add a row of type rent' });
	}
	if (dueDay === null && !issues.some((i) => i.column === 'amount')) {
		issues.push({
			row: 1,
			column: null,
			code: 'missingDueDay',
			message: 'add a row of type dueday'
		});
	}
	if (issues.length > 0) return { ok: false, issues };

	const candidate = {
		rentCents,
		dueDay,
		months: months.map(({ month: m, dueCents, paidCents }) => ({ month: m, dueCents, paidCents })),
		interestCents,
		collectionCostsCents,
		notices: notices.map(({ date, kind }) => ({ date, kind }))
	};
	const parsed = rentAccountSchema.safeParse(candidate);
	if (parsed.success) return { ok: true, account: parsed.data };
	const codeOf: Record<RentCsvColumn, CsvIssueCode> = {
		type: 'type',
		month: 'month',
		due: 'amount',
		paid: 'amount',
		amount: 'amount',
		date: 'date',
		notice: 'notice'
	};
	const columnOf: Record<string, RentCsvColumn> = {
		month: 'month',
		dueCents: 'due',
		paidCents: 'paid',
		date: 'date',
		kind: 'notice'
	};
	for (const issue of parsed.error.issues) {
		const [list, index, field] = issue.path;
		const rows = list === 'months' ? months : list === 'notices' ? notices : null;
		if (rows && typeof index === 'number') {
			const column = columnOf[String(field)] ?? null;
			issues.push({
				row: rows[index]?.row ?? 1,
				column,
				code: column ? codeOf[column] : 'invalid',
				message: issue.message
			});
		} else if (list === 'months' && issue.message === 'a month appears twice') {
			const seen = new Set<string>();
			for (const m of months) {
				if (seen.has(m.month)) {
					issues.push({
						row: m.row,
						column: 'month',
						code: 'duplicateMonth',
						message: issue.message
					});
				}
				seen.add(m.month);
			}
		} else {
			issues.push({
				row: 1,
				column: null,
				code: 'invalid',
				message: `${issue.path.join('.')}: ${issue.message}`
			});
		}
	}
	return { ok: false, issues };
}

/** A CSV issue as an API issue path: `csv.<row>.<column>` (the page names row and column). */
export function csvIssuePath(issue: CsvIssue): string {
	return `csv.${issue.row}${issue.column === null ? '' : `.${issue.column}`}`;
}

// ---------------------------------------------------------------------------------------------
// The landlord's answer, confirmations

export const counterProposalSchema = z.strictObject({
	instalmentCents: z.int().check(z.minimum(1), z.maximum(MAX_CENTS)),
	startMonth: month,
	months: z.int().check(z.minimum(1), z.maximum(MAX_COUNTER_MONTHS))
});

/** POST /api/landlord/proposals/[id]/answer. */
export const proposalAnswerBodySchema = z
	.strictObject({
		answer: z.enum(['accept', 'decline', 'counter']),
		reason: z.optional(trimmedNote(1, MAX_DECLINE_REASON)),
		counter: z.optional(counterProposalSchema)
	})
	.check(
		z.refine((b) => b.answer !== 'decline' || b.reason !== undefined, {
			message: 'say why',
			path: ['reason']
		}),
		z.refine((b) => b.answer === 'counter' || b.counter === undefined, {
			message: 'only a counter-proposal has these',
			path: ['counter']
		}),
		z.refine((b) => b.answer !== 'counter' || b.counter !== undefined, {
			message: 'give the instalment, start month and length',
			path: ['counter']
		})
	);
export type ProposalAnswerBody = z.infer<typeof proposalAnswerBodySchema>;

/** POST /api/landlord/proposals/[id]/payments. */
export const paymentConfirmationBodySchema = z.strictObject({
	month,
	rentArrived: z.boolean(),
	instalmentArrived: z.boolean()
});

/** POST /api/landlord-share/proposals (tenant): send an agreed plan version. */
export const sendPlanBodySchema = z.strictObject({
	planId: z.string().check(z.minLength(1), z.maxLength(64)),
	orgId: z.string().check(z.minLength(1), z.maxLength(64))
});

/** GET /api/landlord-share?landlordKey=: the situation's landlord, to find its organisation. */
export const tenantShareQuerySchema = z.object({
	landlordKey: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
});

/** Bodies that carry nothing (a button press). */
export const emptyBodySchema = z.strictObject({});

// ---------------------------------------------------------------------------------------------
// Views

const instant = z.iso.datetime();
const tenantRef = z.object({ name: z.nullable(z.string()), email: z.string() });

export const landlordOrgRefSchema = z.object({
	id: z.string(),
	name: z.string(),
	landlordKey: z.string()
});
export type LandlordOrgRef = z.infer<typeof landlordOrgRefSchema>;

export const reportedAccountSchema = z.object({
	org: landlordOrgRefSchema,
	reportedAt: instant,
	account: rentAccountSchema
});
export type ReportedAccount = z.infer<typeof reportedAccountSchema>;

export const confirmationSchema = z.object({
	month: z.string(),
	rentArrived: z.boolean(),
	instalmentArrived: z.boolean(),
	confirmedAt: instant
});

export const proposalViewSchema = z.object({
	id: z.string(),
	org: landlordOrgRefSchema,
	planId: z.string(),
	state: proposalStateSchema,
	sentAt: instant,
	answeredAt: z.nullable(instant),
	reason: z.nullable(z.string()),
	counter: z.nullable(counterProposalSchema),
	/** When tenant and landlord agreed (accepted or counter accepted), else null. */
	agreedAt: z.nullable(instant),
	/** The version made from an accepted counter-proposal. */
	resultPlanId: z.nullable(z.string()),
	confirmations: z.array(confirmationSchema)
});
export type ProposalView = z.infer<typeof proposalViewSchema>;

/** GET /api/landlord-share (tenant): what the tenant's landlords reported and answered. */
export const tenantShareViewSchema = z.object({
	/** The org of the tenant's situation landlord, if it uses the service; null otherwise. */
	org: z.nullable(landlordOrgRefSchema),
	accounts: z.array(reportedAccountSchema),
	proposals: z.array(proposalViewSchema)
});
export type TenantShareView = z.infer<typeof tenantShareViewSchema>;

/** GET /api/advisor/cases/[tenantId]/landlord: the same, for the advisor under the service consent. */
export const advisorShareViewSchema = z.object({
	accounts: z.array(reportedAccountSchema),
	proposals: z.array(proposalViewSchema)
});
export type AdvisorShareView = z.infer<typeof advisorShareViewSchema>;

/** GET /api/landlord/landlord-key/[key] (tenant): the org for a situation landlord, or none. */
export const orgLookupSchema = z.object({ org: z.nullable(landlordOrgRefSchema) });

export const staffRequestItemSchema = z.object({
	id: z.string(),
	/** Null once the consent has ended: staff then see only that it ended. */
	tenant: z.nullable(tenantRef),
	consentEnded: z.boolean(),
	requestedAt: instant,
	filledAt: z.nullable(instant)
});
export type StaffRequestItem = z.infer<typeof staffRequestItemSchema>;

export const staffProposalItemSchema = z.object({
	id: z.string(),
	tenant: z.nullable(tenantRef),
	consentEnded: z.boolean(),
	state: proposalStateSchema,
	sentAt: instant
});
export type StaffProposalItem = z.infer<typeof staffProposalItemSchema>;

export const staffHelpItemSchema = z.object({
	/** Null once the consent has ended. */
	tenant: z.nullable(z.object({ name: z.nullable(z.string()) })),
	consentEnded: z.boolean(),
	since: instant
});

/** GET /api/landlord/requests (staff). */
export const staffOverviewSchema = z.object({
	org: landlordOrgRefSchema,
	requests: z.array(staffRequestItemSchema),
	proposals: z.array(staffProposalItemSchema),
	gettingHelp: z.array(staffHelpItemSchema)
});
export type StaffOverview = z.infer<typeof staffOverviewSchema>;

/** GET /api/landlord/requests/[id] (staff). */
export const staffRequestSchema = z.object({
	request: staffRequestItemSchema,
	account: z.nullable(rentAccountSchema)
});
export type StaffRequest = z.infer<typeof staffRequestSchema>;

/** GET /api/landlord/proposals/[id] (staff). */
export const staffProposalSchema = z.object({
	proposal: z.object({
		...staffProposalItemSchema.shape,
		answeredAt: z.nullable(instant),
		reason: z.nullable(z.string()),
		counter: z.nullable(counterProposalSchema),
		agreedAt: z.nullable(instant),
		confirmations: z.array(confirmationSchema)
	}),
	/** The plan version as the tenant sent it; null once the consent has ended. */
	plan: z.nullable(planSchema)
});
export type StaffProposal = z.infer<typeof staffProposalSchema>;
