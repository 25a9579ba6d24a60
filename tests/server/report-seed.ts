/**
 * A seeded set of cases for the outcome report: deterministic (a fixed-seed generator), spread
 * over quarters and landlord partners with every kind of figure, inserted in batches. The report
 * spec and `npm run bench:report` share it; the spec also counts the figures from the same
 * plain objects in JavaScript, independently of the SQL.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { CASE_OUTCOMES } from '$lib/domain/cases';
import { EVICTION_STAGES } from '$lib/domain/eviction';
import type { CaseTable, Database } from '$lib/server/db/schema';

export type SeedCase = Insertable<CaseTable>;

export function generator(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		// mulberry32
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export const SEED_QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
export const SEED_PARTNERS = ['org-a', 'org-b', 'org-c', null];
const QUARTER_START: Record<string, string> = {
	'2026-Q1': '2026-01-15',
	'2026-Q2': '2026-04-15',
	'2026-Q3': '2026-07-15',
	'2026-Q4': '2026-10-15'
};

export function seedCases(count: number, seed = 15): SeedCase[] {
	const random = generator(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const cases: SeedCase[] = [];
	for (let i = 0; i < count; i += 1) {
		const quarter = pick(SEED_QUARTERS);
		// org-c is a small partner: its cells are mostly under 5, so suppression has work.
		const r = random();
		const partner = r < 0.4 ? 'org-a' : r < 0.75 ? 'org-b' : r < 0.79 ? 'org-c' : null;
		const opened = `${QUARTER_START[quarter]}T09:00:00.000Z`;
		const contacted = random() < 0.85;
		const agreed = contacted && random() < 0.5;
		const closed = contacted ? random() < 0.7 : random() < 0.3;
		const answer = () => (random() < 0.3 ? null : random() < 0.7 ? 1 : 0);
		const referral = partner !== null && random() < 0.3;
		cases.push({
			id: randomUUID(),
			tenant_id: null,
			ref: `ref${String(i).padStart(5, '0')}`,
			source: referral ? 'referral' : random() < 0.5 ? 'booking' : 'consent',
			status: closed ? 'closed' : agreed ? 'planAgreed' : contacted ? 'active' : 'new',
			advisor_id: null,
			landlord_org_id: partner,
			referral_code_id: null,
			quarter,
			consented_at: referral && random() < 0.6 ? opened : null,
			opened_at: opened,
			first_contact_at: contacted ? opened : null,
			first_stage: contacted && random() < 0.9 ? pick(EVICTION_STAGES) : null,
			first_arrears_cents: contacted && random() < 0.9 ? Math.floor(random() * 900_000) : null,
			first_arrears_months: contacted && random() < 0.8 ? Math.floor(random() * 50) / 10 : null,
			plan_agreed_at: agreed ? opened : null,
			plan_kept_3: agreed ? answer() : null,
			plan_kept_6: agreed ? answer() : null,
			plan_kept_12: agreed ? answer() : null,
			closed_at: closed ? opened : null,
			outcome: closed ? pick(CASE_OUTCOMES) : null,
			recurred: closed ? answer() : null,
			updated_at: opened
		});
	}
	return cases;
}

/** Inserts cases (and `eventsPerCase` status events each) in batches. */
export async function insertSeed(
	db: Kysely<Database>,
	cases: readonly SeedCase[],
	eventsPerCase = 0
): Promise<void> {
	const BATCH = 400;
	for (let i = 0; i < cases.length; i += BATCH) {
		const batch = cases.slice(i, i + BATCH);
		await db.transaction().execute(async (trx) => {
			await trx.insertInto('cases').values(batch).execute();
			if (eventsPerCase > 0) {
				const events = batch.flatMap((c) =>
					Array.from({ length: eventsPerCase }, (_, n) => ({
						id: randomUUID(),
						case_id: c.id,
						at: c.opened_at,
						kind: n === 0 ? 'opened' : 'status',
						status: n === 0 ? 'new' : c.status,
						actor_id: null
					}))
				);
				for (let j = 0; j < events.length; j += BATCH) {
					await trx
						.insertInto('case_events')
						.values(events.slice(j, j + BATCH))
						.execute();
				}
			}
		});
	}
}
