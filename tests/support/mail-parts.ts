/** Reading what the SMTP sink received: MIME parts and their iCalendar events (ical.js). */
import ICAL from 'ical.js';

/** The first `type` part of a raw MIME message (at any depth), decoded. */
export function mimePart(raw: string, type: string): { method: string | undefined; text: string } {
	const match = new RegExp(
		`content-type:\\s*${type}[^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*`,
		'i'
	).exec(raw);
	if (!match) throw new Error(`no ${type} part in:\n${raw.slice(0, 2000)}`);
	const rest = raw.slice(match.index);
	const [head = '', ...bodyParts] = rest.split(/\r?\n\r?\n/);
	const body = bodyParts.join('\n\n').split(/\r?\n--/)[0] ?? '';
	const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
	const text =
		encoding === 'base64'
			? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
			: encoding === 'quoted-printable'
				? Buffer.from(
						body
							.replace(/=\r?\n/g, '')
							.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
						'latin1'
					).toString('utf8')
				: body;
	return { method: /method=("?)(\w+)\1/i.exec(head)?.[2]?.toUpperCase(), text };
}

/**
 * The first event of an iCalendar text, its VTIMEZONE registered first so that local times
 * resolve in the zone the calendar itself declares (Helsinki), not the test machine's.
 */
export function icsEvent(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
	const vevent = calendar.getFirstSubcomponent('vevent');
	if (!vevent) throw new Error('no VEVENT');
	return {
		method: String(calendar.getFirstPropertyValue('method')),
		vevent,
		event: new ICAL.Event(vevent)
	};
}
