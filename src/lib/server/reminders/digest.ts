/**
 * The advisor's daily digest: one email saying how many of their cases show a sign of arrears
 * coming back, with a link to the follow-up list. Only a count: no names, references or amounts
 * leave the service by email. Sent once a day (the `advisor-digest` job) to each advisor who has
 * not switched it off in their account (reminder settings, `digest`), and only when the count is
 * above zero.
 */
import type { Kysely } from 'kysely';
import { advisorFollowUp } from '../consent/follow-up';
import type { Database } from '../db/schema';
import { safeErrorSummary } from '../log/safe-error';
import { sendMail, type MailSettings } from '../mail/transport';
import { readSettings } from './store';
import { linkMail, type NotificationLang } from './text';

const TEXTS: Record<
	NotificationLang,
	{ subject: (n: number) => string; intro: (n: number) => string; open: string; footer: string }
> = {
	fi: {
		subject: (n) => `Vuokra-apu: ${n} ${n === 1 ? 'asiakas' : 'asiakasta'} seurattavana`,
		intro: (n) =>
			n === 1
				? 'Yhdellä asiakkaallasi on merkkejä vuokrarästien palaamisesta.'
				: `${n} asiakkaallasi on merkkejä vuokrarästien palaamisesta.`,
		open: 'Avaa seurantalista',
		footer: 'Voit lopettaa päivittäisen yhteenvedon tilisi muistutusasetuksista.'
	},
	sv: {
		subject: (n) => `Vuokra-apu: ${n} ${n === 1 ? 'klient' : 'klienter'} att följa upp`,
		intro: (n) =>
			n === 1
				? 'En av dina klienter visar tecken på att hyresskulden kommer tillbaka.'
				: `${n} av dina klienter visar tecken på att hyresskulden kommer tillbaka.`,
		open: 'Öppna uppföljningslistan',
		footer: 'Du kan stänga av den dagliga sammanfattningen i ditt kontos påminnelseinställningar.'
	},
	en: {
		subject: (n) => `Vuokra-apu: ${n} ${n === 1 ? 'client' : 'clients'} to follow up`,
		intro: (n) =>
			n === 1
				? 'One of your clients shows signs of rent arrears coming back.'
				: `${n} of your clients show signs of rent arrears coming back.`,
		open: 'Open the follow-up list',
		footer: "You can switch the daily digest off in your account's reminder settings."
	}
};

export function digestMail(lang: NotificationLang, count: number, link: string) {
	const t = TEXTS[lang];
	return linkMail({
		subject: t.subject(count),
		intro: t.intro(count),
		open: t.open,
		link,
		footer: t.footer
	});
}

/** Sends the day's digests; returns how many went and how many advisors were looked at. */
export async function sendAdvisorDigests(
	db: Kysely<Database>,
	now: Date,
	options: { mail: MailSettings; origin: string }
): Promise<{ advisors: number; sent: number }> {
	const advisors = await db
		.selectFrom('User')
		.select(['id', 'email'])
		.where('role', '=', 'advisor')
		.execute();
	let sent = 0;
	for (const advisor of advisors) {
		const settings = await readSettings(db, advisor.id);
		if (!settings.digest) continue;
		const items = await advisorFollowUp(db, advisor.id, now);
		if (items.length === 0) continue;
		const link = new URL('/advisor/follow-up', options.origin).href;
		try {
			await sendMail(options.mail, advisor.email, digestMail(settings.lang, items.length, link));
			sent++;
		} catch (e) {
			// One advisor's failed mail does not stop the others; the list is in the app anyway.
			console.error(`[reminders] digest mail failed: ${safeErrorSummary(e)}`);
		}
	}
	return { advisors: advisors.length, sent };
}
