/**
 * What a notification and a fallback email say, in Finnish, Swedish and English (server texts
 * live beside the server code, like the booking mails). By default a notification says only that
 * there is a reminder: a lock screen is seen by others, so it never shows amounts, names or the
 * word "arrears". A tenant who chooses detailed notifications gets the kind (still no amounts).
 */
import type { ReminderKind } from '$lib/domain/reminders';
import { escapeHtml } from '../mail/html';

export const NOTIFICATION_LANGS = ['fi', 'sv', 'en'] as const;
export type NotificationLang = (typeof NOTIFICATION_LANGS)[number];

export function notificationLang(value: string | null | undefined): NotificationLang {
	return NOTIFICATION_LANGS.find((l) => l === value) ?? 'fi';
}

interface Texts {
	title: string;
	generic: string;
	detailed: Record<ReminderKind, string>;
	mailSubject: string;
	mailIntro: string;
	mailOpen: string;
	mailFooter: string;
}

const TEXTS: Record<NotificationLang, Texts> = {
	fi: {
		title: 'Vuokra-apu',
		generic: 'Sinulla on muistutus',
		detailed: {
			rent: 'Vuokran eräpäivä lähestyy',
			instalment: 'Maksusuunnitelman erä erääntyy tänään',
			missed: 'Maksusuunnitelman erä on maksamatta',
			meeting: 'Sinulla on tapaaminen huomenna',
			checkin: 'Miten maksaminen on sujunut? Vastaa lyhyeen kysymykseen',
			booking: 'Ajanvarauksesi on muuttunut'
		},
		mailSubject: 'Sinulla on muistutus',
		mailIntro: 'Sinulla on muistutus Vuokra-apu-sovelluksessa.',
		mailOpen: 'Avaa sovellus',
		mailFooter:
			'Saat tämän viestin, koska olet ottanut muistutukset käyttöön. Voit muuttaa asetuksia tililläsi.'
	},
	sv: {
		title: 'Vuokra-apu',
		generic: 'Du har en påminnelse',
		detailed: {
			rent: 'Hyrans förfallodag närmar sig',
			instalment: 'En rat i betalningsplanen förfaller i dag',
			missed: 'En rat i betalningsplanen är obetald',
			meeting: 'Du har ett möte i morgon',
			checkin: 'Hur har betalningarna gått? Svara på en kort fråga',
			booking: 'Din bokning har ändrats'
		},
		mailSubject: 'Du har en påminnelse',
		mailIntro: 'Du har en påminnelse i appen Vuokra-apu.',
		mailOpen: 'Öppna appen',
		mailFooter:
			'Du får detta meddelande eftersom du har slagit på påminnelser. Du kan ändra inställningarna på ditt konto.'
	},
	en: {
		title: 'Vuokra-apu',
		generic: 'You have a reminder',
		detailed: {
			rent: 'Your rent is due soon',
			instalment: 'A payment plan instalment is due today',
			missed: 'A payment plan instalment is unpaid',
			meeting: 'You have a meeting tomorrow',
			checkin: 'How have payments gone? Answer a short question',
			booking: 'Your booking has changed'
		},
		mailSubject: 'You have a reminder',
		mailIntro: 'You have a reminder in the Vuokra-apu app.',
		mailOpen: 'Open the app',
		mailFooter:
			'You get this message because you switched reminders on. You can change the settings in your account.'
	}
};

export interface NotificationPayload {
	title: string;
	body: string;
	/** The app page to open (a path). */
	url: string;
	/** Replaces an earlier notification with the same tag (a message delivered twice shows once). */
	tag: string;
}

export function notificationPayload(
	lang: NotificationLang,
	kind: ReminderKind,
	page: string,
	tag: string,
	detailed: boolean
): NotificationPayload {
	const t = TEXTS[lang];
	return { title: t.title, body: detailed ? t.detailed[kind] : t.generic, url: page, tag };
}

/** A short email that says one thing and links to the page that has the rest. */
export function linkMail(parts: {
	subject: string;
	intro: string;
	open: string;
	link: string;
	footer: string;
}) {
	const { subject, intro, open, link, footer } = parts;
	return {
		subject,
		text: `${intro}\n\n${open}: ${link}\n\n${footer}\n`,
		html: `<p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p><p>${escapeHtml(footer)}</p>`
	};
}

export function reminderMail(lang: NotificationLang, link: string) {
	const t = TEXTS[lang];
	return linkMail({
		subject: `Vuokra-apu: ${t.mailSubject}`,
		intro: t.mailIntro,
		open: t.mailOpen,
		link,
		footer: t.mailFooter
	});
}
