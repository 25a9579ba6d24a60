/**
 * The outcome report over 1,000 seeded cases on SQLite and PostgreSQL. The expected figures are
 * counted here in plain JavaScript from the seed objects (not with SQL), then every shown figure
 * must equal its count, every figure under 5 must be hidden, and no hidden figure may be worked
 * out from the shown ones through any of the table's sums (rebuilt here from the figure list).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { arrearsEuroBand, arrearsMonthBand, CASE_OUTCOMES } from '$lib/domain/cases';
import { EVICTION_STAGES } from '$lib/domain/eviction';
import { recoverableCells, type SumConstraint } from '$lib/domain/suppression';
import { outcomeReport } from '$lib/server/cases/report';
import { reportSchema, type Report } from '$lib/schemas/cases';
import { BACKENDS, useBackend } from './backends';
import { SEED_QUARTERS, insertSeed, seedCases, type SeedCase } from './report-seed';

const CASES = seedCases(1000);

/** The figures of one group of cases, counted one case at a time. */
function expectedFigures(cases: readonly SeedCase[]): Record<string, number> {
	const f: Record<string, number> = {};
	const add = (key: string) => (f[key] = (f[key] ?? 0) + 1);
	const zero = (keys: string[]) => keys.forEach((k) => (f[k] ??= 0));
	zero(['newCases', 'closed']);
	zero([...EVICTION_STAGES, 'unknown'].map((s) => `stage.${s}`));
	zero(['m0', 'm1', 'm2', 'm3plus', 'mUnknown'].map((s) => `months.${s}`));
	zero(['e0', 'eUnder1000', 'e1000', 'e3000', 'e6000plus', 'eUnknown'].map((s) => `euros.${s}`));
	zero(['plan.agreed', 'plan.notAgreed']);
	for (const n of [3, 6, 12]) zero(['kept', 'notKept', 'notRecorded'].map((s) => `kept${n}.${s}`));
	zero([...CASE_OUTCOMES, 'open'].map((o) => `outcome.${o}`));
	zero(['recurred', 'notRecurred', 'notRecorded'].map((s) => `recurrence.${s}`));
	zero(['source.referral', 'source.direct', 'referral.consented', 'referral.notConsented']);
	for (const c of cases) {
		add('newCases');
		add(`stage.${c.first_stage ?? 'unknown'}`);
		add(`months.${arrearsMonthBand(c.first_arrears_months ?? null)}`);
		add(`euros.${arrearsEuroBand(c.first_arrears_cents ?? null)}`);
		const agreed = c.plan_agreed_at !== null;
		add(agreed ? 'plan.agreed' : 'plan.notAgreed');
		if (agreed) {
			for (const [n, v] of [
				[3, c.plan_kept_3],
				[6, c.plan_kept_6],
				[12, c.plan_kept_12]
			] as const) {
				add(`kept${n}.${v === 1 ? 'kept' : v === 0 ? 'notKept' : 'notRecorded'}`);
			}
		}
		if (c.closed_at !== null) {
			add('closed');
			add(`outcome.${c.outcome}`);
			add(
				`recurrence.${c.recurred === 1 ? 'recurred' : c.recurred === 0 ? 'notRecurred' : 'notRecorded'}`
			);
		} else add('outcome.open');
		if (c.source === 'referral') {
			add('source.referral');
			add(c.consented_at !== null ? 'referral.consented' : 'referral.notConsented');
		} else add('source.direct');
	}
	return f;
}

/** The table's sums, written out from the figure names (not from domain/report.ts). */
function sums(report: Report): SumConstraint[] {
	const out: SumConstraint[] = [];
	const families: [string, string, string[]][] = [
		['newCases', 'stage', [...EVICTION_STAGES, 'unknown']],
		['newCases', 'months', ['m0', 'm1', 'm2', 'm3plus', 'mUnknown']],
		['newCases', 'euros', ['e0', 'eUnder1000', 'e1000', 'e3000', 'e6000plus', 'eUnknown']],
		['newCases', 'plan', ['agreed', 'notAgreed']],
		['plan.agreed', 'kept3', ['kept', 'notKept', 'notRecorded']],
		['plan.agreed', 'kept6', ['kept', 'notKept', 'notRecorded']],
		['plan.agreed', 'kept12', ['kept', 'notKept', 'notRecorded']],
		['newCases', 'outcome', [...CASE_OUTCOMES, 'open']],
		['closed', 'recurrence', ['recurred', 'notRecurred', 'notRecorded']],
		['newCases', 'source', ['referral', 'direct']],
		['source.referral', 'referral', ['consented', 'notConsented']]
	];
	for (const row of report.rows) {
		const k = (cell: string) => `${row.quarter}/${row.partner}/${cell}`;
		for (const [total, family, parts] of families) {
			out.push({ total: k(total), parts: parts.map((p) => k(`${family}.${p}`)) });
		}
		out.push({ total: k('closed'), parts: CASE_OUTCOMES.map((o) => k(`outcome.${o}`)) });
	}
	for (const quarter of report.quarters) {
		const partners = report.rows.filter((r) => r.quarter === quarter && r.partner !== '*');
		for (const cell of Object.keys(report.rows[0]!.cells)) {
			out.push({
				total: `${quarter}/*/${cell}`,
				parts: partners.map((p) => `${quarter}/${p.partner}/${cell}`)
			});
		}
	}
	return out;
}

describe.each(BACKENDS)('the outcome report on %s', (kind) => {
	const b = useBackend(kind);
	let report: Report;

	beforeAll(async () => {
		await insertSeed(b.db, CASES);
		report = reportSchema.parse(
			await outcomeReport(b.db, {
				from: '2026-Q1',
				to: '2026-Q4',
				now: new Date('2026-12-01T10:00:00Z')
			})
		);
	}, 60_000);

	it('has a whole-quarter row and one row per partner, cases without one under ""', () => {
		expect(report.quarters).toEqual(SEED_QUARTERS);
		for (const q of SEED_QUARTERS) {
			expect(report.rows.filter((r) => r.quarter === q).map((r) => r.partner)).toEqual([
				'*',
				'',
				'org-a',
				'org-b',
				'org-c'
			]);
		}
	});

	it('shows exactly the counted figure wherever it shows one, and hides every count under 5', () => {
		let shown = 0;
		let hidden = 0;
		for (const row of report.rows) {
			const group = CASES.filter(
				(c) =>
					c.quarter === row.quarter &&
					(row.partner === '*' || (c.landlord_org_id ?? '') === row.partner)
			);
			const expected = expectedFigures(group);
			expect(Object.keys(row.cells).sort()).toEqual(Object.keys(expected).sort());
			for (const [cell, n] of Object.entries(expected)) {
				const got = row.cells[cell];
				if (n < 5) expect(got, `${row.quarter}/${row.partner}/${cell}`).toBeNull();
				if (got !== null) {
					expect(got, `${row.quarter}/${row.partner}/${cell}`).toBe(n);
					shown += 1;
				} else hidden += 1;
			}
		}
		// The big partners' main figures are shown; the small one's mostly hidden.
		expect(shown).toBeGreaterThan(hidden / 2);
		const q1a = report.rows.find((r) => r.quarter === '2026-Q1' && r.partner === 'org-a')!;
		expect(q1a.cells.newCases).toBe(
			CASES.filter((c) => c.quarter === '2026-Q1' && c.landlord_org_id === 'org-a').length
		);
		const q1c = report.rows.find((r) => r.quarter === '2026-Q1' && r.partner === 'org-c')!;
		expect(q1c.cells['outcome.evicted']).toBeNull();
	});

	it('leaves no hidden figure recoverable by subtraction from a total or across partners', () => {
		const flat: Record<string, number | null> = {};
		for (const row of report.rows) {
			for (const [cell, v] of Object.entries(row.cells))
				flat[`${row.quarter}/${row.partner}/${cell}`] = v;
		}
		expect(recoverableCells(flat, sums(report))).toEqual([]);
	});

	it('gives the same table as CSV, hidden figures empty', async () => {
		const { reportCsv } = await import('$lib/domain/report');
		const lines = reportCsv(report.rows).trimEnd().split('\r\n');
		expect(lines).toHaveLength(report.rows.length + 1);
		const header = lines[0]!.split(',');
		const row = report.rows.find((r) => r.quarter === '2026-Q1' && r.partner === 'org-c')!;
		const line = lines.find((l) => l.startsWith('2026-Q1,org-c,'))!.split(',');
		expect(line[header.indexOf('outcome.evicted')]).toBe('');
		expect(line[header.indexOf('newCases')]).toBe(
			row.cells.newCases === null ? '' : String(row.cells.newCases)
		);
	});
});
