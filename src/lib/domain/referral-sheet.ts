/**
 * What a landlord downloads for a mailing: the link of each code and the CSV for their own mail
 * merge. Pure; the landlord page calls it with the codes it was just given.
 */

/** The address a code's QR code and link open: `<origin>/r/ABCD-EFGH-JKMN`. */
export function codeLink(origin: string, formattedCode: string): string {
	return `${origin.replace(/\/+$/, '')}/r/${formattedCode}`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A reference that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
 * leading apostrophe, so opening the file never runs what a reference field held.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** `code,link,internal_ref` with CRLF line ends, as spreadsheets and mail-merge tools expect. */
export function codesCsv(
	origin: string,
	codes: readonly { code: string; internalRef: string | null }[]
): string {
	const lines = ['code,link,internal_ref'];
	for (const c of codes) {
		lines.push([c.code, codeLink(origin, c.code), c.internalRef ?? ''].map(csvField).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}

/** The references a person typed, one per line: surrounding blank lines dropped, each trimmed. */
export function referenceLines(text: string): string[] {
	const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim());
	while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	while (lines.length > 0 && lines[0] === '') lines.shift();
	return lines;
}
