import { describe, expect, it } from 'vitest';
import {
	DEFAULT_ACCEPTABLE_ARREARS_MONTHS,
	LANDLORDS,
	OTHER_LANDLORD_ID,
	RETIRED_LANDLORDS,
	acceptableArrearsMonths,
	landlordChoices,
	landlordName,
	landlordNameKey,
	landlordRetired
} from './landlords';

describe('LANDLORDS', () => {
	it('has unique, url-safe ids and never uses the reserved other id', () => {
		const ids = LANDLORDS.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect(ids).not.toContain(OTHER_LANDLORD_ID);
	});

	it('starts with the landlords named in the seed text', () => {
		expect(LANDLORDS[0]).toEqual({
			id: 'jyvaskylan-vuokra-asunnot',
			name: 'Jyväskylän Vuokra-asunnot Oy'
		});
	});
});

describe('retired and duplicate landlords', () => {
	it('offers neither VVO (split in 2015) nor the Jyväskylä rural municipality company (merged 2009)', () => {
		const offered = landlordChoices().map((l) => l.id);
		expect(offered).not.toContain('vvo-asunnot');
		expect(offered).not.toContain('jyvaskylan-mlk-vuokratalot');
		expect(LANDLORDS.map((l) => l.id)).not.toContain('vvo-asunnot');
		expect(LANDLORDS.map((l) => l.id)).not.toContain('jyvaskylan-mlk-vuokratalot');
	});

	it('keeps retired ids reserved: never active again, never the other id', () => {
		const active = new Set<string>(LANDLORDS.map((l) => l.id));
		for (const l of RETIRED_LANDLORDS) {
			expect(active.has(l.id)).toBe(false);
			expect(l.id).not.toBe(OTHER_LANDLORD_ID);
			expect(l.reason.length).toBeGreaterThan(10);
		}
	});

	it('has no two entries for the same landlord', () => {
		const keys = LANDLORDS.map((l) => landlordNameKey(l.name));
		expect(new Set(keys).size).toBe(keys.length);
		expect(landlordChoices()).toEqual([...LANDLORDS]);
	});

	it('drops a duplicate or a retired entity an admin list brings back', () => {
		const adminList = [
			{ id: 'sato', name: 'SATO Oyj' },
			{ id: 'sato-2', name: 'Sato oy' },
			{ id: 'vvo-asunnot', name: 'VVO Asunnot Oy' },
			{ id: 'sato', name: 'Another name, same id' },
			{ id: OTHER_LANDLORD_ID, name: 'Reserved' },
			{ id: 'new-company', name: 'Uusi Vuokrayhtiö Oy', maxPlanMonths: 12 }
		];
		expect(landlordChoices(adminList).map((l) => l.id)).toEqual(['sato', 'new-company']);
	});

	it('names no landlord for a retired choice and says it is retired', () => {
		const home = { landlordId: 'vvo-asunnot', landlordOther: '' };
		expect(landlordName(home)).toBe('');
		expect(landlordRetired(home)).toBe(true);
		expect(landlordRetired({ landlordId: 'sato' })).toBe(false);
		expect(landlordRetired(undefined)).toBe(false);
	});
});

describe('landlordName', () => {
	it('names known, other and missing landlords', () => {
		expect(landlordName({ landlordId: 'sato', landlordOther: 'ignored' })).toBe('SATO Oyj');
		expect(landlordName({ landlordId: 'other', landlordOther: '  Matti Meikäläinen ' })).toBe(
			'Matti Meikäläinen'
		);
		expect(landlordName({ landlordId: null, landlordOther: 'stale text' })).toBe('');
		expect(landlordName({ landlordId: 'removed-company', landlordOther: '' })).toBe('');
		expect(landlordName(undefined)).toBe('');
	});
});

describe('the list admins keep', () => {
	const kept = [
		...LANDLORDS,
		{ id: 'kuopion-asunnot', name: 'Kuopion Asunnot Oy', acceptableArrearsMonths: 18 }
	];

	it('names a landlord an admin added, which the shipped list does not know', () => {
		const home = { landlordId: 'kuopion-asunnot', landlordOther: '' };
		expect(landlordName(home)).toBe('');
		expect(landlordName(home, kept)).toBe('Kuopion Asunnot Oy');
	});

	it('takes the accepted plan length from that list, or the default when it names none', () => {
		expect(acceptableArrearsMonths({ landlordId: 'kuopion-asunnot' }, kept)).toBe(18);
		expect(acceptableArrearsMonths({ landlordId: 'kuopion-asunnot' })).toBe(
			DEFAULT_ACCEPTABLE_ARREARS_MONTHS
		);
		expect(acceptableArrearsMonths({ landlordId: 'sato' }, kept)).toBe(
			DEFAULT_ACCEPTABLE_ARREARS_MONTHS
		);
		expect(acceptableArrearsMonths(undefined, kept)).toBe(DEFAULT_ACCEPTABLE_ARREARS_MONTHS);
	});
});
