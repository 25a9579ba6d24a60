import { describe, expect, it } from 'vitest';
import { LANDLORDS, OTHER_LANDLORD_ID, landlordName } from './landlords';

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
