import { describe, expect, it } from 'vitest';
import { decideDeviceAccount, sameAccount } from './device-account';

describe('decideDeviceAccount', () => {
	it('syncs when the data already belongs to the account (any letter case)', () => {
		expect(
			decideDeviceAccount({
				owner: 'Maija@Example.fi',
				account: 'maija@example.fi',
				localChanges: 3
			})
		).toBe('sync');
	});

	it('claims an empty device for the account', () => {
		expect(decideDeviceAccount({ owner: null, account: 'a@b.fi', localChanges: 0 })).toBe('claim');
	});

	it('asks before moving data typed before sign-in into the account', () => {
		expect(decideDeviceAccount({ owner: null, account: 'a@b.fi', localChanges: 1 })).toBe(
			'askAttach'
		);
	});

	it("asks before replacing another account's data, unsent changes or not", () => {
		for (const localChanges of [0, 2]) {
			expect(decideDeviceAccount({ owner: 'a@b.fi', account: 'c@d.fi', localChanges })).toBe(
				'askSwitch'
			);
		}
	});

	it('compares addresses without case or surrounding space', () => {
		expect(sameAccount(' A@B.fi', 'a@b.FI ')).toBe(true);
		expect(sameAccount('a@b.fi', 'a@b.fin')).toBe(false);
	});
});
