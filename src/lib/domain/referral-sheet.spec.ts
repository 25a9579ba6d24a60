import { describe, expect, it } from 'vitest';
import { codeLink, codesCsv, csvField, referenceLines } from './referral-sheet';

describe('a mailing’s downloads', () => {
	it('link a code under /r/ on the service’s origin', () => {
		expect(codeLink('https://vuokra.example/', 'ABCD-EFGH-JKMN')).toBe(
			'https://vuokra.example/r/ABCD-EFGH-JKMN'
		);
	});

	it('write CSV with quoting and formula-safe references', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
		expect(csvField('-12')).toBe("'-12");
		expect(
			codesCsv('https://v.example', [
				{ code: 'ABCD-EFGH-JKMN', internalRef: 'S-1, A' },
				{ code: 'WXYZ-0123-4567', internalRef: null }
			])
		).toBe(
			'code,link,internal_ref\r\n' +
				'ABCD-EFGH-JKMN,https://v.example/r/ABCD-EFGH-JKMN,"S-1, A"\r\n' +
				'WXYZ-0123-4567,https://v.example/r/WXYZ-0123-4567,\r\n'
		);
	});

	it('read one reference per line, keeping empty lines inside the list', () => {
		expect(referenceLines('\n a1 \r\n\nb2\n\n')).toEqual(['a1', '', 'b2']);
		expect(referenceLines('   \n')).toEqual([]);
	});
});
