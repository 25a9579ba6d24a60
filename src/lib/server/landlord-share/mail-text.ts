/**
 * The email telling the tenant and the advisor that the landlord answered a plan, in fi, sv and
 * en. Like the booking mail (../bookings/mail-text.ts), it lives with the server: it is rendered
 * there and never shipped to the browser. No amounts and no names of the tenant in it (mail
 * passes through many systems); the app shows the details after signing in.
 */
import type { ProposalState } from '$lib/domain/landlord-share';
import type { MailLang } from '$lib/schemas/booking';
import type { RenderedMail } from '../mail/sign-in-email';
import { escapeHtml } from '../mail/html';

type Answer = Extract<ProposalState, 'accepted' | 'declined' | 'countered'>;

interface Texts {
	subject: { tenant: string; advisor: string };
	answer: Record<Answer, string>;
	tenantLead: string;
	advisorLead: string;
	open: string;
}

export const LANDLORD_MAIL_TEXTS: Record<MailLang, Texts> = {
	fi: {
		subject: {
			tenant: 'Vuokranantajasi vastasi maksusuunnitelmaasi',
			advisor: 'Vuokranantaja vastasi asiakkaasi maksusuunnitelmaan'
		},
		answer: {
			accepted: '{org} hyväksyi maksusuunnitelman.',
			declined: '{org} ei hyväksynyt maksusuunnitelmaa ja kertoi syyn.',
			countered: '{org} ehdottaa toista maksuerää.'
		},
		tenantLead: 'Hei! Lähetit maksusuunnitelman vuokranantajallesi.',
		advisorLead: 'Hei! Asiakkaasi lähetti maksusuunnitelman vuokranantajalle.',
		open: 'Katso vastaus sovelluksesta:'
	},
	sv: {
		subject: {
			tenant: 'Din hyresvärd har svarat på din betalningsplan',
			advisor: 'Hyresvärden har svarat på din klients betalningsplan'
		},
		answer: {
			accepted: '{org} godkände betalningsplanen.',
			declined: '{org} godkände inte betalningsplanen och angav varför.',
			countered: '{org} föreslår en annan rat.'
		},
		tenantLead: 'Hej! Du skickade en betalningsplan till din hyresvärd.',
		advisorLead: 'Hej! Din klient skickade en betalningsplan till hyresvärden.',
		open: 'Se svaret i appen:'
	},
	en: {
		subject: {
			tenant: 'Your landlord answered your payment plan',
			advisor: "The landlord answered your client's payment plan"
		},
		answer: {
			accepted: '{org} accepted the payment plan.',
			declined: '{org} declined the payment plan and gave a reason.',
			countered: '{org} proposes a different instalment.'
		},
		tenantLead: 'Hello! You sent a payment plan to your landlord.',
		advisorLead: 'Hello! Your client sent a payment plan to the landlord.',
		open: 'See the answer in the app:'
	}
};

export function renderAnswerMail(input: {
	recipient: 'tenant' | 'advisor';
	lang: MailLang;
	state: Answer;
	orgName: string;
	url: string | null;
}): RenderedMail {
	const t = LANDLORD_MAIL_TEXTS[input.lang];
	const lines = [
		input.recipient === 'tenant' ? t.tenantLead : t.advisorLead,
		t.answer[input.state].replace('{org}', input.orgName),
		...(input.url ? [`${t.open} ${input.url}`] : [])
	];
	return {
		subject: t.subject[input.recipient],
		text: `${lines.join('\n\n')}\n`,
		html: lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')
	};
}
