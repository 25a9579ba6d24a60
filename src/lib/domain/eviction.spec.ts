import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRowData } from '$lib/schemas/defaults';
import { EVICTION_EVENTS, HOME_ID, type EvictionEvent, type Home } from '$lib/schemas/situation';
import {
	EVICTION_STAGES,
	STAGE_OF_EVENT,
	arrearsGroundsForEviction,
	canUsuallyAgreePlan,
	evictionStage,
	isUrgent,
	stageSeverity
} from './eviction';

function home(overrides: Partial<Home> = {}, happened: EvictionEvent[] = []): Home {
	const base: Home = {
		id: HOME_ID,
		createdAt: '2025-01-01T00:00:00.000Z',
		updatedAt: '2025-01-01T00:00:00.000Z',
		version: 0,
		...emptyRowData('home', HOME_ID),
		...overrides
	};
	for (const event of happened) base[event] = { happened: true, date: '2025-01-02' };
	return base;
}

describe('evictionStage', () => {
	it('is none without a home or without arrears', () => {
		expect(evictionStage(undefined)).toBe('none');
		expect(evictionStage(home())).toBe('none');
		expect(evictionStage(home({ arrearsCents: 0, arrearsMonths: 0 }))).toBe('none');
	});

	it('is arrears when money or months are behind but no letter came', () => {
		expect(evictionStage(home({ arrearsCents: 1 }))).toBe('arrears');
		expect(evictionStage(home({ arrearsMonths: 0.5 }))).toBe('arrears');
	});

	it.each(EVICTION_EVENTS.map((e) => [e, STAGE_OF_EVENT[e]] as const))(
		'%s alone puts the tenant at %s',
		(event, stage) => {
			expect(evictionStage(home({}, [event]))).toBe(stage);
		}
	);

	it('lets the furthest event win even when earlier ones are unticked', () => {
		expect(evictionStage(home({}, ['judgment']))).toBe('judgment');
		expect(evictionStage(home({}, ['reminder', 'termination']))).toBe('terminated');
	});

	it('ignores a date when the event is not marked as happened', () => {
		const h = home({ evictionDate: { happened: false, date: '2025-03-01' } });
		expect(evictionStage(h)).toBe('none');
	});

	it('equals the most severe stage among the happened events (property)', () => {
		fc.assert(
			fc.property(fc.subarray([...EVICTION_EVENTS]), fc.boolean(), (events, inArrears) => {
				const stage = evictionStage(home({ arrearsCents: inArrears ? 100 : 0 }, events));
				const expected =
					events.length === 0
						? inArrears
							? 'arrears'
							: 'none'
						: STAGE_OF_EVENT[events[events.length - 1] ?? 'reminder'];
				expect(stage).toBe(expected);
			})
		);
	});

	it('maps events to stages in the same order as the schema lists them', () => {
		const severities = EVICTION_EVENTS.map((e) => stageSeverity(STAGE_OF_EVENT[e]));
		expect(severities).toEqual([...severities].sort((a, b) => a - b));
	});
});

describe('urgency rules', () => {
	it('orders stages by severity', () => {
		EVICTION_STAGES.forEach((stage, i) => expect(stageSeverity(stage)).toBe(i));
	});

	it('is urgent from termination on', () => {
		expect(EVICTION_STAGES.filter(isUrgent)).toEqual([
			'terminated',
			'courtApplication',
			'judgment',
			'evictionScheduled'
		]);
	});

	it('usually allows a landlord plan only before court', () => {
		expect(EVICTION_STAGES.filter(canUsuallyAgreePlan)).toEqual([
			'none',
			'arrears',
			'reminder',
			'collection',
			'terminated'
		]);
	});

	it('treats two unpaid months as grounds for eviction', () => {
		expect(arrearsGroundsForEviction(undefined)).toBe(false);
		expect(arrearsGroundsForEviction(home({ arrearsMonths: null }))).toBe(false);
		expect(arrearsGroundsForEviction(home({ arrearsMonths: 1.9 }))).toBe(false);
		expect(arrearsGroundsForEviction(home({ arrearsMonths: 2 }))).toBe(true);
	});

	it('also treats arrears of at least twice the monthly rent as grounds', () => {
		// The tenant typed the euro amount but not the months.
		const typedEuros = { rentCents: 650_00, arrearsMonths: null };
		expect(arrearsGroundsForEviction(home({ ...typedEuros, arrearsCents: 1300_00 }))).toBe(true);
		expect(arrearsGroundsForEviction(home({ ...typedEuros, arrearsCents: 1299_99 }))).toBe(false);
		// Without a rent there is nothing to compare the amount with.
		expect(arrearsGroundsForEviction(home({ arrearsCents: 5000_00, rentCents: null }))).toBe(false);
		expect(arrearsGroundsForEviction(home({ arrearsCents: 5000_00, rentCents: 0 }))).toBe(false);
	});
});
