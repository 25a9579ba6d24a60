/**
 * The starting value of every row, so a row created by the first keystroke is already complete
 * and valid: the server validates whole rows, and the domain rules never see half a row.
 */
import type { EntityName, EntityRows, EventMark, Situation } from './situation';

type Data<K extends EntityName> = Omit<EntityRows[K], 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const noEvent = (): EventMark => ({ happened: false, date: null });

const factories: { [K in EntityName]: (id: string) => Data<K> } = {
	household: () => ({ adults: null, children: null, municipality: '' }),
	home: () => ({
		landlordId: null,
		landlordOther: '',
		rentCents: null,
		dueDay: null,
		arrearsCents: null,
		arrearsMonths: null,
		reminder: noEvent(),
		collectionLetter: noEvent(),
		termination: noEvent(),
		evictionApplication: noEvent(),
		judgment: noEvent(),
		evictionDate: noEvent()
	}),
	// Income and expense rows use their source/category as id, so two devices filling in
	// the same line edit the same row instead of creating duplicates.
	incomes: (id) => ({
		source: id as Data<'incomes'>['source'],
		amountCents: null,
		frequency: 'monthly'
	}),
	expenses: (id) => ({
		category: id as Data<'expenses'>['category'],
		amountCents: null,
		frequency: 'monthly'
	}),
	debts: () => ({
		creditor: '',
		type: 'consumerLoan',
		balanceCents: null,
		monthlyPaymentCents: null,
		status: 'current'
	}),
	benefits: (id) => ({ benefit: id as Data<'benefits'>['benefit'], status: 'notApplied' }),
	decisions: () => ({ type: 'kela', date: null, note: '' }),
	// Plans and payments are always written whole by their repo; these shapes are only the
	// fallback, and an incomplete one is refused by the schema rather than stored half-done.
	plans: () => ({
		revision: 1,
		basedOnPlanId: null,
		startMonth: '2026-01',
		dueDay: 1,
		incomeCents: 0,
		livingFloorCents: 0,
		rentCents: 0,
		debts: [],
		adjustments: [],
		months: [],
		agreed: false,
		agreedAt: null,
		note: ''
	}),
	payments: () => ({ date: '', amountCents: 0, debtId: '', planId: null, note: '' }),
	checkins: () => ({ key: '', planId: '', months: 1, answer: 'yes' })
};

export function emptyRowData<K extends EntityName>(entity: K, id: string): Data<K> {
	return factories[entity](id);
}

/** A situation with nothing entered yet: no household or home row, every list empty. */
export function emptySituation(): Situation {
	return {
		household: undefined,
		home: undefined,
		incomes: [],
		expenses: [],
		debts: [],
		benefits: [],
		decisions: []
	};
}
