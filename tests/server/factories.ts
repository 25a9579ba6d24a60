/** Valid rows and mutations for the sync tests. */
import { randomUUID } from 'node:crypto';
import type { EntityName } from '$lib/schemas/situation';
import type { Mutation, SyncEntityName } from '$lib/schemas/sync';

const at = '2026-11-27T10:00:00.000Z';
const noEvent = { happened: false, date: null };

export function rowFields(
	entity: EntityName,
	overrides: Record<string, unknown> = {}
): Record<string, unknown> {
	const base: Record<EntityName, Record<string, unknown>> = {
		household: { adults: 1, children: 0, municipality: 'Tampere' },
		home: {
			landlordId: null,
			landlordOther: '',
			rentCents: 75_000,
			dueDay: 2,
			arrearsCents: 150_000,
			arrearsMonths: 2,
			reminder: noEvent,
			collectionLetter: noEvent,
			termination: noEvent,
			evictionApplication: noEvent,
			judgment: noEvent,
			evictionDate: noEvent
		},
		incomes: { source: 'salary', amountCents: 210_000, frequency: 'monthly' },
		expenses: { category: 'food', amountCents: 40_000, frequency: 'monthly' },
		debts: {
			creditor: 'Laina Oy',
			type: 'consumerLoan',
			balanceCents: 300_000,
			monthlyPaymentCents: 10_000,
			status: 'late'
		},
		benefits: { benefit: 'housingAllowance', status: 'waiting' },
		decisions: { type: 'kela', date: '2026-11-01', note: '' },
		plans: {
			revision: 1,
			basedOnPlanId: null,
			startMonth: '2026-12',
			dueDay: 2,
			incomeCents: 200_000,
			livingFloorCents: 90_000,
			rentCents: 75_000,
			debts: [
				{
					debtId: 'homeArrears',
					creditor: 'Vuokra Oy',
					type: 'rentArrears',
					balanceCents: 60_000,
					currentLandlord: true
				}
			],
			adjustments: [],
			months: [
				{ month: '2026-12', dueDate: '2026-12-02', instalmentsCents: [35_000] },
				{ month: '2027-01', dueDate: '2027-01-02', instalmentsCents: [25_000] }
			],
			agreed: false,
			agreedAt: null,
			note: ''
		},
		payments: {
			date: '2026-12-02',
			amountCents: 35_000,
			debtId: 'homeArrears',
			planId: null,
			note: ''
		},
		checkins: { key: 'checkin:plan-1:1', planId: 'plan-1', months: 1, answer: 'partly' }
	};
	return { createdAt: at, updatedAt: at, ...base[entity], ...overrides };
}

export function mutation(
	entity: SyncEntityName,
	entityId: string,
	fields: Record<string, unknown>,
	extra: Partial<Mutation> = {}
): Mutation {
	return {
		mutationId: randomUUID(),
		entity,
		entityId,
		op: 'upsert',
		fields,
		baseVersion: 0,
		...extra
	};
}

export function create(
	entity: EntityName,
	entityId: string,
	extra: Partial<Mutation> = {}
): Mutation {
	return mutation(entity, entityId, rowFields(entity), extra);
}

export function remove(
	entity: SyncEntityName,
	entityId: string,
	baseVersion: number,
	extra: Partial<Mutation> = {}
): Mutation {
	return { ...mutation(entity, entityId, {}, extra), op: 'delete', baseVersion };
}
