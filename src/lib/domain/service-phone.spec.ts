import { describe, expect, it } from 'vitest';
import { parseServicePhone } from './service-phone';

describe('parseServicePhone', () => {
	it('keeps the written form for display and digits for tel: links', () => {
		expect(parseServicePhone(' +358 40 123  4567 ')).toEqual({
			display: '+358 40 123 4567',
			tel: '+358401234567'
		});
		expect(parseServicePhone('(014) 266 0000')).toEqual({
			display: '(014) 266 0000',
			tel: '0142660000'
		});
	});

	it('gives null for unset, empty or non-phone values', () => {
		for (const value of [undefined, null, '', '   ', 'call us', '12', 'javascript:alert(1)'])
			expect(parseServicePhone(value), String(value)).toBeNull();
		expect(parseServicePhone('+1234567890123456')).toBeNull(); // 16 digits: over E.164
	});
});
