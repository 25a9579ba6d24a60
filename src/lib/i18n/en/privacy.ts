import type { Messages } from '../fi/index';

export const privacy: Messages['privacy'] = {
	title: 'Privacy',
	intro:
		'Vuokra-apu is built so that you stay in control of your information. This page explains what is handled, where it is kept and how you can delete it.',
	sections: [
		{
			heading: 'Without an account, your information is only on this device',
			text: 'Everything you write about your situation is saved in your browser’s database on this device. The app works without an account and without a network connection. Nothing is sent to the server unless you sign in.'
		},
		{
			heading: 'When you sign in',
			text: 'When you sign in, your data is also kept on the server, so you can use it on other devices too. The server keeps only what you have written yourself and the email address you sign in with.'
		},
		{
			heading: 'No one sees your information without your consent',
			text: 'A housing advisor sees your situation only as far as you have consented, and only while the consent is valid. You can withdraw consent with one tap. Every view is logged, and you can see the log yourself.'
		},
		{
			heading: 'Deleting your information',
			text: '“Forget this device” removes everything from this device. Signing out removes your information from the device. “Delete my account” also removes it from the server. You can download everything the server holds about you on the account page.'
		},
		{
			heading: 'No advertising, no tracking',
			text: 'The app uses no advertising, no analytics and no third-party cookies. The server uses only the cookie needed for signing in and one for your language choice.'
		}
	]
};
