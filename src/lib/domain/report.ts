/**
 * The outcome report's table (issue 15): which figures it has, how they add up, and so which
 * sums the small-number suppression must protect (suppression.ts). Pure: the server fills the
 * counts with GROUP BY queries, the page and the CSV display them.
 *
 * Every row is one quarter (cases by the Helsinki quarter they opened in) and one landlord
 * partner, or the quarter as a whole ('*'). Each family splits a total into parts:
 *
 * | family     | total              | parts                                                   |
 * | ---------- | ------------------ | ------------------------------------------------------- |
 * | stage      | newCases           | eviction stage at first contact, or unknown             |
 * | months     | newCases           | arrears in months of rent at first contact              |
 * | euros      | newCases           | arrears in euros at first contact                       |
 * | plan       | newCases           | a plan agreed (ever) or not                             |
 * | kept3/6/12 | plan.agreed        | the plan kept at 3/6/12 months, not kept, not recorded  |
 * | outcome    | newCases           | the outcome of closing, or still open                   |
 * | recurrence | closed             | arrears recurred within 12 months, not, not recorded    |
 * | source     | newCases           | referred with a landlord's code, or came directly       |
 * | referral   | source.referral    | the referred tenant consented to the service, or not    |
 *
 * plus `closed` = the outcomes other than open. Rows of a quarter add up to its '*' row,
 * figure by figure.
 */
import { EVICTION_STAGES } from './eviction';
import { ARREARS_EURO_BANDS, ARREARS_MONTH_BANDS, CASE_OUTCOMES } from './cases';
import type { SumConstraint } from './suppression';

export const REPORT_FAMILIES = {
	stage: [...EVICTION_STAGES, 'unknown'],
	months: [...ARREARS_MONTH_BANDS],
	euros: [...ARREARS_EURO_BANDS],
	plan: ['agreed', 'notAgreed'],
	kept3: ['kept', 'notKept', 'notRecorded'],
	kept6: ['kept', 'notKept', 'notRecorded'],
	kept12: ['kept', 'notKept', 'notRecorded'],
	outcome: [...CASE_OUTCOMES, 'open'],
	recurrence: ['recurred', 'notRecurred', 'notRecorded'],
	source: ['referral', 'direct'],
	referral: ['consented', 'notConsented']
} as const satisfies Record<string, readonly string[]>;
export type ReportFamily = keyof typeof REPORT_FAMILIES;
export const FAMILY_NAMES = Object.keys(REPORT_FAMILIES) as ReportFamily[];

const FAMILY_TOTAL: Record<ReportFamily, string> = {
	stage: 'newCases',
	months: 'newCases',
	euros: 'newCases',
	plan: 'newCases',
	kept3: 'plan.agreed',
	kept6: 'plan.agreed',
	kept12: 'plan.agreed',
	outcome: 'newCases',
	recurrence: 'closed',
	source: 'newCases',
	referral: 'source.referral'
};

export function familyTotal(family: ReportFamily): string {
	return FAMILY_TOTAL[family];
}

/** Every figure of a row: `newCases`, `closed`, and `family.part` for each family's parts. */
export function reportCellKeys(): string[] {
	const keys = ['newCases', 'closed'];
	for (const family of FAMILY_NAMES) {
		for (const part of REPORT_FAMILIES[family]) keys.push(`${family}.${part}`);
	}
	return keys;
}

/** A row's key in the flat table suppression works on. */
export function rowKey(quarter: string, partner: string): string {
	return `${quarter}|${partner}`;
}

/** The sums inside one row (`prefix` = its rowKey). */
export function rowConstraints(prefix: string): SumConstraint[] {
	const k = (cell: string) => `${prefix}|${cell}`;
	const out: SumConstraint[] = FAMILY_NAMES.map((family) => ({
		total: k(FAMILY_TOTAL[family]),
		parts: REPORT_FAMILIES[family].map((part) => k(`${family}.${part}`))
	}));
	out.push({
		total: k('closed'),
		parts: CASE_OUTCOMES.map((o) => k(`outcome.${o}`))
	});
	return out;
}

/** The sums across rows: each figure of a quarter's '*' row is the sum over its partners. */
export function quarterConstraints(quarter: string, partners: readonly string[]): SumConstraint[] {
	if (partners.length === 0) return [];
	return reportCellKeys().map((cell) => ({
		total: `${rowKey(quarter, '*')}|${cell}`,
		parts: partners.map((p) => `${rowKey(quarter, p)}|${cell}`)
	}));
}

/** Quarters from `from` to `to` inclusive ("2026-Q1".."2026-Q4"); empty when from > to. */
export function quarterRange(from: string, to: string): string[] {
	const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
	const out: string[] = [];
	for (let i = index(from); i <= index(to); i += 1) {
		out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
	}
	return out;
}

/** CSV of the shown table: one line per row and figure family part; suppressed cells empty. */
export function reportCsv(
	rows: readonly {
		quarter: string;
		partner: string;
		partnerName: string | null;
		cells: Record<string, number | null>;
	}[]
): string {
	const keys = reportCellKeys();
	// A leading = + - @ makes a spreadsheet run the cell as a formula; an apostrophe stops it.
	const quote = (raw: string) => {
		const s = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [['quarter', 'partner', ...keys].join(',')];
	for (const r of rows) {
		const partner = r.partner === '*' ? '*' : (r.partnerName ?? r.partner);
		lines.push(
			[
				quote(r.quarter),
				quote(partner),
				...keys.map((k) =>
					r.cells[k] === null || r.cells[k] === undefined ? '' : String(r.cells[k])
				)
			].join(',')
		);
	}
	return lines.join('\r\n') + '\r\n';
}
