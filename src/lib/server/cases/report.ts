/**
 * The outcome report's figures (src/lib/domain/report.ts says what each one is), counted in the
 * database: one GROUP BY query over `cases` by quarter and partner, a single pass with one
 * conditional count per figure; a quarter's whole row adds up its partners' aggregate rows. Only counts leave the database; the small
 * counts are then suppressed (domain/suppression.ts) before anything is returned.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { CASE_OUTCOMES, EURO_BAND_BOUNDS, quarterOf } from '$lib/domain/cases';
import { EVICTION_STAGES } from '$lib/domain/eviction';
import {
	quarterConstraints,
	quarterRange,
	reportCellKeys,
	rowConstraints,
	rowKey
} from '$lib/domain/report';
import { MIN_CELL, suppress, type SumConstraint } from '$lib/domain/suppression';
import type { Report, ReportRow } from '$lib/schemas/cases';
import { dialectKind } from '../db/dialect';
import type { Database } from '../db/schema';

type Db = Kysely<Database>;

/**
 * One conditional count. SQLite's comparisons are already 0/1 (NULL for unknown, which `total`
 * skips), and summing them is about twice as fast as CASE; PostgreSQL has FILTER.
 */
function counter(kind: 'sqlite' | 'postgres') {
	return (condition: RawBuilder<unknown>): RawBuilder<number> =>
		kind === 'postgres'
			? sql<number>`count(*) filter (where ${condition})`
			: sql<number>`total(${condition})`;
}

const stageList = sql.join(EVICTION_STAGES.map((s) => sql.lit(s)));
const outcomeList = sql.join(CASE_OUTCOMES.map((o) => sql.lit(o)));

/** Each figure as SQL, keyed as `reportCellKeys()`. */
function figureSql(kind: 'sqlite' | 'postgres'): Record<string, RawBuilder<number>> {
	const count = counter(kind);
	const m = sql.ref('first_arrears_months');
	const e = sql.ref('first_arrears_cents');
	const agreed = sql`plan_agreed_at is not null`;
	const closed = sql`closed_at is not null`;
	const figures: Record<string, RawBuilder<number>> = {
		newCases: sql<number>`count(*)`,
		closed: count(closed)
	};
	for (const s of EVICTION_STAGES) figures[`stage.${s}`] = count(sql`first_stage = ${sql.lit(s)}`);
	figures['stage.unknown'] = count(sql`first_stage is null or first_stage not in (${stageList})`);
	figures['months.m0'] = count(sql`${m} < 1`);
	figures['months.m1'] = count(sql`${m} >= 1 and ${m} < 2`);
	figures['months.m2'] = count(sql`${m} >= 2 and ${m} < 3`);
	figures['months.m3plus'] = count(sql`${m} >= 3`);
	figures['months.mUnknown'] = count(sql`${m} is null`);
	const b = EURO_BAND_BOUNDS;
	figures['euros.e0'] = count(sql`${e} < ${sql.lit(b.eUnder1000)}`);
	figures['euros.eUnder1000'] = count(
		sql`${e} >= ${sql.lit(b.eUnder1000)} and ${e} < ${sql.lit(b.e1000)}`
	);
	figures['euros.e1000'] = count(sql`${e} >= ${sql.lit(b.e1000)} and ${e} < ${sql.lit(b.e3000)}`);
	figures['euros.e3000'] = count(
		sql`${e} >= ${sql.lit(b.e3000)} and ${e} < ${sql.lit(b.e6000plus)}`
	);
	figures['euros.e6000plus'] = count(sql`${e} >= ${sql.lit(b.e6000plus)}`);
	figures['euros.eUnknown'] = count(sql`${e} is null`);
	figures['plan.agreed'] = count(agreed);
	figures['plan.notAgreed'] = count(sql`plan_agreed_at is null`);
	for (const n of [3, 6, 12] as const) {
		const col = sql.ref(`plan_kept_${n}`);
		figures[`kept${n}.kept`] = count(sql`${agreed} and ${col} = 1`);
		figures[`kept${n}.notKept`] = count(sql`${agreed} and ${col} = 0`);
		figures[`kept${n}.notRecorded`] = count(
			sql`${agreed} and (${col} is null or ${col} not in (0, 1))`
		);
	}
	for (const o of CASE_OUTCOMES)
		figures[`outcome.${o}`] = count(sql`${closed} and outcome = ${sql.lit(o)}`);
	// A closed case always has one of the outcomes (the column's check); "open" is the rest.
	figures['outcome.open'] = count(
		sql`closed_at is null or outcome is null or outcome not in (${outcomeList})`
	);
	figures['recurrence.recurred'] = count(sql`${closed} and recurred = 1`);
	figures['recurrence.notRecurred'] = count(sql`${closed} and recurred = 0`);
	figures['recurrence.notRecorded'] = count(
		sql`${closed} and (recurred is null or recurred not in (0, 1))`
	);
	figures['source.referral'] = count(sql`source = 'referral'`);
	figures['source.direct'] = count(sql`source <> 'referral'`);
	figures['referral.consented'] = count(sql`source = 'referral' and consented_at is not null`);
	figures['referral.notConsented'] = count(sql`source = 'referral' and consented_at is null`);
	return figures;
}

/**
 * `closed` counts closed cases; its parts are the outcomes other than open. The query derives
 * both from the same columns, so the sums the suppression protects hold exactly.
 */
const FIGURES = { sqlite: figureSql('sqlite'), postgres: figureSql('postgres') };
const KEYS = reportCellKeys();
if (
	KEYS.some((k) => !(k in FIGURES.sqlite)) ||
	Object.keys(FIGURES.sqlite).length !== KEYS.length
) {
	throw new Error('report figures and reportCellKeys() differ');
}

type CountRow = Record<string, unknown> & { quarter: string; partner: string };

/**
 * The counts per (quarter, partner), from the database: one pass over the quarters' cases. A
 * quarter's '*' row is the sum of its partner rows (a handful of aggregate rows, not cases).
 */
export async function reportCounts(db: Db, from: string, to: string): Promise<CountRow[]> {
	const figures = FIGURES[dialectKind(db)];
	// Grouped on the bare columns, in the order of the index cases_report (migration 0080).
	const rows = await db
		.selectFrom('cases')
		.select(['quarter', 'landlord_org_id', ...KEYS.map((k) => figures[k]!.as(k))])
		.where('quarter', '>=', from)
		.where('quarter', '<=', to)
		.groupBy(['quarter', 'landlord_org_id'])
		.execute();
	return rows.map((r) => ({ ...r, partner: r.landlord_org_id ?? '' })) as CountRow[];
}

function cellsOf(rows: readonly CountRow[]): Record<string, number> {
	const out: Record<string, number> = {};
	// PostgreSQL's counts are bigint (strings), SQLite's totals floats; no rows = all zero.
	for (const k of KEYS) out[k] = rows.reduce((n, r) => n + Number(r[k] ?? 0), 0);
	return out;
}

export interface ReportOptions {
	from?: string;
	to?: string;
	now?: Date;
	/** Partner names by id (landlord organisations); ids are shown where a name is missing. */
	partnerNames?: ReadonlyMap<string, string>;
}

/** The most quarters one report covers (five years). */
export const MAX_QUARTERS = 20;

/** The suppressed report: per quarter a '*' row, then one row per partner (none = ''). */
export async function outcomeReport(db: Db, options: ReportOptions = {}): Promise<Report> {
	const now = options.now ?? new Date();
	const to = options.to ?? quarterOf(now);
	const defaultFrom = quarterRange('2000-Q1', to).slice(-4)[0] ?? to;
	let quarters = quarterRange(options.from ?? defaultFrom, to);
	if (quarters.length > MAX_QUARTERS) quarters = quarters.slice(-MAX_QUARTERS);
	if (quarters.length === 0) {
		return { generatedAt: now.toISOString(), minCell: MIN_CELL, quarters: [], rows: [] };
	}
	const byPartner = await reportCounts(db, quarters[0]!, quarters.at(-1)!);
	const counts: Record<string, number> = {};
	const constraints: SumConstraint[] = [];
	const layout: { quarter: string; partner: string }[] = [];
	for (const quarter of quarters) {
		const partners = byPartner
			.filter((r) => r.quarter === quarter)
			.map((r) => String(r.partner ?? ''))
			.sort();
		const ofQuarter = byPartner.filter((r) => r.quarter === quarter);
		const rows = [{ quarter, partner: '*', rows: ofQuarter }];
		for (const p of partners) {
			rows.push({ quarter, partner: p, rows: ofQuarter.filter((r) => r.partner === p) });
		}
		for (const r of rows) {
			const key = rowKey(r.quarter, r.partner);
			for (const [cell, n] of Object.entries(cellsOf(r.rows))) counts[`${key}|${cell}`] = n;
			constraints.push(...rowConstraints(key));
			layout.push({ quarter: r.quarter, partner: r.partner });
		}
		constraints.push(...quarterConstraints(quarter, partners));
	}
	const shown = suppress(counts, constraints);
	const rows: ReportRow[] = layout.map(({ quarter, partner }) => {
		const key = rowKey(quarter, partner);
		const cells: Record<string, number | null> = {};
		for (const cell of KEYS) cells[cell] = shown[`${key}|${cell}`] ?? null;
		return {
			quarter,
			partner,
			partnerName:
				partner === '*' || partner === '' ? null : (options.partnerNames?.get(partner) ?? null),
			cells
		};
	});
	return { generatedAt: now.toISOString(), minCell: MIN_CELL, quarters, rows };
}
