/**
 * The advisor's follow-up list: their own open cases (`cases.advisor_id`) whose tenant's consent
 * to the service covers the payment plan, with a sign of arrears coming back (a missed or late
 * instalment, an unpaid month's rent, a check-in answered "no" or "partly"), most urgent first.
 * The rules are domain/follow-up.ts; this reads the rows. The list names the signs, never an
 * amount: the figures are on the case page, whose every opening is logged for the tenant.
 */
import type { Kysely } from 'kysely';
import { coveredCategories } from '$lib/domain/consent';
import { followUpReasons, rentMonths, type FollowUpReason } from '$lib/domain/follow-up';
import { toHelsinki } from '$lib/domain/helsinki-time';
import { planFromRow } from '$lib/domain/plan';
import { computeProgress } from '$lib/domain/plan-progress';
import { agreedPlanVersion } from '$lib/domain/plan-versions';
import { computeSummary } from '$lib/domain/summary';
import type { Database } from '../db/schema';
import { loadSituation } from './case-view';
import { tenantConsents } from './consents';

export interface FollowUpItem {
	tenantId: string;
	caseId: string;
	ref: string;
	reasons: FollowUpReason[];
	urgency: number;
	/** The oldest instalment due and not paid, if any (the order among equal urgencies). */
	overdueSince: string | null;
}

export async function advisorFollowUp(
	db: Kysely<Database>,
	advisorId: string,
	now: Date
): Promise<FollowUpItem[]> {
	const cases = await db
		.selectFrom('cases')
		.select(['id', 'tenant_id', 'ref'])
		.where('advisor_id', '=', advisorId)
		.where('status', '!=', 'closed')
		.where('tenant_id', 'is not', null)
		.execute();
	const today = toHelsinki(now).date;
	const items: FollowUpItem[] = [];
	for (const c of cases) {
		const tenantId = c.tenant_id!;
		const consents = await tenantConsents(db, tenantId, now);
		if (!coveredCategories(consents.map((x) => x.status)).includes('paymentPlan')) continue;
		const { situation, plans, payments, checkins } = await loadSituation(db, tenantId);
		const agreed = agreedPlanVersion(plans);
		if (!agreed?.agreedAt) continue;
		const since = toHelsinki(Date.parse(agreed.agreedAt)).date;
		const plan = planFromRow(agreed, computeSummary(situation).stage);
		const progress = computeProgress(plan, payments, today, { since });
		const rent = rentMonths(
			{ since, dueDay: plan.input.dueDay, rentCents: plan.input.rentCents },
			payments,
			today
		);
		const last = checkins
			.filter((row) => row.planId === agreed.id)
			.sort((a, b) => b.months - a.months)[0];
		const { reasons, urgency } = followUpReasons({
			progress: progress.status,
			rent,
			lastCheckin: last?.answer ?? null
		});
		if (urgency === 0) continue;
		const overdueSince =
			progress.debts
				.map((d) => d.overdueSince)
				.filter((d): d is string => d !== null)
				.sort()[0] ?? null;
		items.push({ tenantId, caseId: c.id, ref: c.ref, reasons, urgency, overdueSince });
	}
	return items.sort(
		(a, b) =>
			b.urgency - a.urgency ||
			(a.overdueSince ?? '9999').localeCompare(b.overdueSince ?? '9999') ||
			a.ref.localeCompare(b.ref)
	);
}
