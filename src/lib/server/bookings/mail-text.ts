/**
 * Booking emails in Finnish, Swedish and English: the tenant's in the language stored on the
 * booking (their `lang` cookie when they asked), the advisor's in their own settings language.
 * Plain text plus a simple HTML part; the iCalendar attachment is made in ics.ts.
 */
import { toHelsinki } from '$lib/domain/helsinki-time';
import type { Channel, MailLang } from '$lib/schemas/booking';
import type { BookingEventKind } from './service';
import { escapeHtml } from '../mail/html';

export interface RenderedMail {
	subject: string;
	text: string;
	html: string;
}

export type Recipient = 'tenant' | 'advisor';

interface Texts {
	weekdays: readonly string[];
	when(date: string, weekday: string, start: string, end: string): string;
	channel: Record<Channel, string>;
	summary: string;
	subject: Record<BookingEventKind, Record<Recipient, string>>;
	intro: Record<BookingEventKind, Record<Recipient, string>>;
	labels: {
		when: string;
		how: string;
		where: string;
		with: string;
		note: string;
		message: string;
		proposed: string;
		previous: string;
		holdUntil: string;
		open: string;
	};
	footer: string;
}

/** `1.12.2026` style day numbers (Finnish and Swedish write dates this way). */
function dmy(date: string): string {
	const [y, m, d] = date.split('-');
	return `${Number(d)}.${Number(m)}.${y}`;
}
const dotted = (t: string) => t.replace(':', '.');

const EN_MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

export const MAIL_TEXTS: Record<MailLang, Texts> = {
	fi: {
		weekdays: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
		when: (date, wd, s, e) => `${wd} ${dmy(date)} klo ${dotted(s)}–${dotted(e)}`,
		channel: { office: 'Käynti toimistolla', phone: 'Puhelu', video: 'Videopuhelu' },
		summary: 'Asumisneuvojan tapaaminen',
		subject: {
			requested: {
				tenant: 'Ajanvarauspyyntösi on vastaanotettu',
				advisor: 'Uusi ajanvarauspyyntö'
			},
			confirmed: { tenant: 'Aikasi on vahvistettu', advisor: 'Vahvistit ajan' },
			declined: { tenant: 'Aikaa ei voitu vahvistaa', advisor: 'Hylkäsit aikapyynnön' },
			cancelled: { tenant: 'Aika on peruttu', advisor: 'Aika on peruttu' },
			moved: { tenant: 'Siirtopyyntösi on vastaanotettu', advisor: 'Asiakas pyytää siirtoa' }
		},
		intro: {
			requested: {
				tenant: 'Pyysit aikaa asumisneuvojalta. Aika on varattu sinulle, kunnes neuvoja vastaa.',
				advisor: 'Asiakas pyytää aikaa. Vahvista tai hylkää pyyntö sovelluksessa.'
			},
			confirmed: {
				tenant: 'Asumisneuvoja vahvisti aikasi. Tervetuloa!',
				advisor: 'Vahvistit tämän ajan.'
			},
			declined: {
				tenant:
					'Asumisneuvoja ei voi tavata pyytämänäsi aikana. Voit varata uuden ajan sovelluksessa.',
				advisor: 'Hylkäsit tämän aikapyynnön.'
			},
			cancelled: {
				tenant: 'Tämä aika on peruttu.',
				advisor: 'Tämä aika on peruttu.'
			},
			moved: {
				tenant:
					'Pyysit siirtoa uuteen aikaan. Aiempi aika on peruttu, ja uusi odottaa vahvistusta.',
				advisor: 'Asiakas pyytää siirtoa uuteen aikaan. Aiempi aika on peruttu.'
			}
		},
		labels: {
			when: 'Aika',
			how: 'Tapa',
			where: 'Osoite',
			with: 'Neuvoja',
			note: 'Asiakkaan viesti',
			message: 'Viesti',
			proposed: 'Ehdotetut ajat',
			previous: 'Aiempi aika',
			holdUntil: 'Aika on varattu sinulle',
			open: 'Avaa sovellus'
		},
		footer: 'Kalenterimerkintä on liitteenä.'
	},
	sv: {
		weekdays: ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'],
		when: (date, wd, s, e) => `${wd} ${dmy(date)} kl. ${dotted(s)}–${dotted(e)}`,
		channel: { office: 'Besök på kontoret', phone: 'Telefonsamtal', video: 'Videosamtal' },
		summary: 'Möte med boenderådgivare',
		subject: {
			requested: {
				tenant: 'Din tidsbokning har tagits emot',
				advisor: 'Ny förfrågan om tid'
			},
			confirmed: { tenant: 'Din tid är bekräftad', advisor: 'Du bekräftade en tid' },
			declined: { tenant: 'Tiden kunde inte bekräftas', advisor: 'Du avböjde en förfrågan' },
			cancelled: { tenant: 'Tiden har avbokats', advisor: 'Tiden har avbokats' },
			moved: {
				tenant: 'Din begäran om ny tid har tagits emot',
				advisor: 'Klienten vill flytta tiden'
			}
		},
		intro: {
			requested: {
				tenant:
					'Du har bett om en tid hos en boenderådgivare. Tiden hålls åt dig tills rådgivaren svarar.',
				advisor: 'En klient ber om en tid. Bekräfta eller avböj i appen.'
			},
			confirmed: {
				tenant: 'Boenderådgivaren har bekräftat din tid. Välkommen!',
				advisor: 'Du bekräftade den här tiden.'
			},
			declined: {
				tenant: 'Rådgivaren kan inte träffa dig vid den tiden. Du kan boka en ny tid i appen.',
				advisor: 'Du avböjde den här förfrågan.'
			},
			cancelled: { tenant: 'Den här tiden har avbokats.', advisor: 'Den här tiden har avbokats.' },
			moved: {
				tenant:
					'Du har bett om en ny tid. Den tidigare tiden är avbokad och den nya väntar på bekräftelse.',
				advisor: 'Klienten ber om en ny tid. Den tidigare tiden är avbokad.'
			}
		},
		labels: {
			when: 'Tid',
			how: 'Sätt',
			where: 'Adress',
			with: 'Rådgivare',
			note: 'Klientens meddelande',
			message: 'Meddelande',
			proposed: 'Föreslagna tider',
			previous: 'Tidigare tid',
			holdUntil: 'Tiden hålls åt dig till',
			open: 'Öppna appen'
		},
		footer: 'Kalenderposten finns som bilaga.'
	},
	en: {
		weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
		when: (date, wd, s, e) => {
			const [y, m, d] = date.split('-');
			return `${wd} ${Number(d)} ${EN_MONTHS[Number(m) - 1] ?? ''} ${y}, ${s}–${e} (Helsinki time)`;
		},
		channel: { office: 'Office visit', phone: 'Phone call', video: 'Video call' },
		summary: 'Meeting with a housing advisor',
		subject: {
			requested: { tenant: 'We received your booking request', advisor: 'New booking request' },
			confirmed: { tenant: 'Your meeting is confirmed', advisor: 'You confirmed a meeting' },
			declined: {
				tenant: 'Your meeting could not be confirmed',
				advisor: 'You declined a request'
			},
			cancelled: { tenant: 'Meeting cancelled', advisor: 'Meeting cancelled' },
			moved: {
				tenant: 'We received your request to move',
				advisor: 'A tenant asks to move a meeting'
			}
		},
		intro: {
			requested: {
				tenant:
					'You asked for a meeting with a housing advisor. The time is held for you until the advisor answers.',
				advisor: 'A tenant asks for a meeting. Confirm or decline it in the app.'
			},
			confirmed: {
				tenant: 'The housing advisor confirmed your meeting. Welcome!',
				advisor: 'You confirmed this meeting.'
			},
			declined: {
				tenant: 'The advisor cannot meet you at that time. You can book another time in the app.',
				advisor: 'You declined this request.'
			},
			cancelled: {
				tenant: 'This meeting has been cancelled.',
				advisor: 'This meeting has been cancelled.'
			},
			moved: {
				tenant:
					'You asked to move your meeting. The earlier time is cancelled; the new one awaits confirmation.',
				advisor: 'A tenant asks to move their meeting. The earlier time is cancelled.'
			}
		},
		labels: {
			when: 'When',
			how: 'How',
			where: 'Address',
			with: 'Advisor',
			note: "Tenant's note",
			message: 'Message',
			proposed: 'Times offered instead',
			previous: 'Earlier time',
			holdUntil: 'The time is held for you until',
			open: 'Open the app'
		},
		footer: 'The calendar entry is attached.'
	}
};

export function whenText(lang: MailLang, startsAt: number, endsAt: number): string {
	const t = MAIL_TEXTS[lang];
	const start = toHelsinki(startsAt);
	const end = toHelsinki(endsAt);
	return t.when(start.date, t.weekdays[start.weekday - 1] ?? '', start.time, end.time);
}

export interface BookingMailInput {
	kind: BookingEventKind;
	recipient: Recipient;
	lang: MailLang;
	startsAt: number;
	endsAt: number;
	channel: Channel;
	officeAddress: string | null;
	advisorName: string;
	tenantName: string | null;
	note: string;
	message: string;
	proposedTimes: { startsAt: number; endsAt: number }[];
	previous: { startsAt: number; endsAt: number } | null;
	holdExpiresAt: number | null;
	appUrl: string | null;
}

export function renderBookingMail(m: BookingMailInput): RenderedMail {
	const t = MAIL_TEXTS[m.lang];
	const rows: [string, string][] = [[t.labels.when, whenText(m.lang, m.startsAt, m.endsAt)]];
	if (m.previous)
		rows.push([t.labels.previous, whenText(m.lang, m.previous.startsAt, m.previous.endsAt)]);
	rows.push([t.labels.how, t.channel[m.channel]]);
	if (m.channel === 'office' && m.officeAddress) rows.push([t.labels.where, m.officeAddress]);
	if (m.recipient === 'tenant' && m.advisorName) rows.push([t.labels.with, m.advisorName]);
	if (m.recipient === 'advisor' && m.note) rows.push([t.labels.note, m.note]);
	if (m.message) rows.push([t.labels.message, m.message]);
	if (
		m.recipient === 'tenant' &&
		m.holdExpiresAt !== null &&
		(m.kind === 'requested' || m.kind === 'moved')
	) {
		const h = toHelsinki(m.holdExpiresAt);
		rows.push([t.labels.holdUntil, `${dmy(h.date)} ${m.lang === 'en' ? h.time : dotted(h.time)}`]);
	}
	const proposed = m.proposedTimes.map((p) => whenText(m.lang, p.startsAt, p.endsAt));
	const subject = t.subject[m.kind][m.recipient];
	const intro = t.intro[m.kind][m.recipient];
	const text = [
		intro,
		'',
		...rows.map(([k, v]) => `${k}: ${v}`),
		...(proposed.length ? ['', `${t.labels.proposed}:`, ...proposed.map((p) => `- ${p}`)] : []),
		'',
		...(m.appUrl ? [`${t.labels.open}: ${m.appUrl}`, ''] : []),
		t.footer,
		''
	].join('\n');
	const html = `<!doctype html>
<html lang="${m.lang}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;line-height:1.5;margin:0;padding:16px;">
<p>${escapeHtml(intro)}</p>
<table style="border-collapse:collapse;">${rows
		.map(
			([k, v]) =>
				`<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top;">${escapeHtml(k)}</th><td style="padding:2px 0;">${escapeHtml(v)}</td></tr>`
		)
		.join('')}</table>
${proposed.length ? `<p>${escapeHtml(t.labels.proposed)}:</p><ul>${proposed.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''}
${m.appUrl ? `<p><a href="${escapeHtml(m.appUrl)}" style="color:#0b5394;">${escapeHtml(t.labels.open)}</a></p>` : ''}
<p style="color:#4a5563;">${escapeHtml(t.footer)}</p>
</body>
</html>
`;
	return { subject, text, html };
}
