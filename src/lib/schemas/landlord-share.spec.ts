import { describe, expect, it } from 'vitest';
import { csvIssuePath, parseRentAccountCsv, proposalAnswerBodySchema } from './landlord-share';

const HEADER = 'type;month;due;paid;amount;date;notice';

describe('the rent account CSV', () => {
	it('reads the documented example, with a BOM, CRLF, quotes and a decimal comma', () => {
		const text =
			'\uFEFF' +
			[
				HEADER,
				'rent;;;;"650,00";;',
				'dueday;;;;2;;',
				'month;2026-10;650,00;0;;;',
				'month;2026-11;650,00;100.50;;;',
				'',
				'interest;;;;12,40;;',
				'interest;;;;1,00;;',
				'collection;;;;15;;',
				'notice;;;;;2026-10-20;reminder'
			].join('\r\n');
		expect(parseRentAccountCsv(text)).toEqual({
			ok: true,
			account: {
				rentCents: 65_000,
				dueDay: 2,
				months: [
					{ month: '2026-10', dueCents: 65_000, paidCents: 0 },
					{ month: '2026-11', dueCents: 65_000, paidCents: 10_050 }
				],
				interestCents: 1_340,
				collectionCostsCents: 1_500,
				notices: [{ date: '2026-10-20', kind: 'reminder' }]
			}
		});
	});

	it('names the row and column of every problem', () => {
		const result = parseRentAccountCsv(
			[
				HEADER,
				'rent;;;;650;;',
				'dueday;;;;40;;',
				'month;2026-10;-5;0;;;',
				'rnet;;;;;;',
				'notice;;;;;2026-02-30;reminder'
			].join('\n')
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map(csvIssuePath)).toEqual(['csv.3.amount', 'csv.4.due', 'csv.5.type']);
		// After the row checks, the schema's own (an impossible date) come back with their row.
		const dated = parseRentAccountCsv(
			[
				HEADER,
				'rent;;;;650;;',
				'dueday;;;;2;;',
				'month;2026-10;1;0;;;',
				'notice;;;;;2026-02-30;reminder'
			].join('\n')
		);
		expect(dated.ok ? [] : dated.issues.map(csvIssuePath)).toEqual(['csv.5.date']);
	});

	it('refuses a missing header column and missing rent rows', () => {
		const noHeader = parseRentAccountCsv('type;month;due\nrent;;');
		expect(noHeader.ok ? null : noHeader.issues[0]).toMatchObject({ row: 1, column: null });
		const noRent = parseRentAccountCsv([HEADER, 'month;2026-10;1;0;;;'].join('\n'));
		expect(noRent.ok ? [] : noRent.issues.map((i) => i.message)).toEqual([
			'add a row of type rent',
			'add a row of type dueday'
		]);
		const noMonths = parseRentAccountCsv([HEADER, 'rent;;;;1;;', 'dueday;;;;2;;'].join('\n'));
		expect(noMonths.ok).toBe(false);
	});
});

describe('the answer to a plan', () => {
	it('needs a reason to decline and figures to counter, and only then', () => {
		expect(proposalAnswerBodySchema.safeParse({ answer: 'accept' }).success).toBe(true);
		expect(proposalAnswerBodySchema.safeParse({ answer: 'decline' }).success).toBe(false);
		expect(proposalAnswerBodySchema.safeParse({ answer: 'decline', reason: '  ' }).success).toBe(
			false
		);
		expect(
			proposalAnswerBodySchema.safeParse({ answer: 'decline', reason: 'Liian pitkä' }).success
		).toBe(true);
		expect(proposalAnswerBodySchema.safeParse({ answer: 'counter' }).success).toBe(false);
		const counter = { instalmentCents: 100, startMonth: '2027-01', months: 3 };
		expect(proposalAnswerBodySchema.safeParse({ answer: 'counter', counter }).success).toBe(true);
		expect(proposalAnswerBodySchema.safeParse({ answer: 'accept', counter }).success).toBe(false);
		expect(
			proposalAnswerBodySchema.safeParse({ answer: 'counter', counter: { ...counter, months: 0 } })
				.success
		).toBe(false);
	});
});
