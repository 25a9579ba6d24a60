import type { Messages } from '../fi/index';

export const account: Messages['account'] = {
	signIn: {
		title: 'Sign in',
		optional:
			'Signing in is optional. The app works without an account, and your information then stays on this device only.',
		benefitsTitle: 'What signing in gives you',
		benefits: [
			'Your information is also saved on the server, so you can continue on another device.',
			'You can book an appointment with a housing advisor. An advisor sees your information only with your consent.'
		],
		emailLabel: 'Email address',
		emailHint: 'We will send a sign-in link to this address. No password needed.',
		emailInvalid: 'Write the email address like name@example.com.',
		send: 'Send me a sign-in link',
		sending: 'Sending…',
		sentTitle: 'Check your email',
		sent: (email: string) =>
			`We sent a sign-in link to ${email}. Open the link on this device. If you cannot see the message, check your spam folder too.`,
		sendAgain: 'Send a new link',
		or: 'or',
		withProvider: (name: string) => `Sign in with ${name}`,
		offline:
			'Signing in needs a network connection. You can keep using the app without signing in and sign in later.',
		tooMany: 'Too many attempts. Wait a moment and then try again.',
		failed: 'Signing in did not work. Please try again.',
		linkExpired: 'The sign-in link has expired or has already been used. Ask for a new link below.',
		accountNotLinked:
			'There is already an account with this email address. Sign in the same way as before, for example with an email link.',
		alreadySignedIn: (email: string) => `You are already signed in: ${email}.`,
		switchTitle: (email: string) => `Sign out of ${email}?`,
		switchText: (email: string) =>
			`${email} is signed in on this device. Signing in with another account signs ${email} out and removes its information from this device. What is saved on the server stays.`,
		switchConfirm: 'Sign out and continue',
		goToAccount: 'Go to your account'
	},
	confirm: {
		title: (email: string) => `Sign in as ${email}?`,
		checking: 'Checking…',
		intro:
			'You opened a sign-in link. Continue only if the address is yours and you asked for the link yourself. Opening the link alone signs nobody in.',
		attachQuestion: (email: string) =>
			`Move what you typed on this phone into the account ${email}?`,
		attachExplain:
			'If you don’t want to move it, cancel. It then stays only on this device and you are not signed in.',
		signIn: 'Sign in',
		signInAndMove: 'Sign in and move it',
		cancel: 'Cancel',
		cancelled: 'You were not signed in. Nothing was changed.',
		signedInElsewhere: (current: string) =>
			`${current} is signed in on this device. If you continue, ${current} is signed out and its information is removed from this device. What is saved on the server stays in the account ${current}.`,
		otherData: (owner: string) =>
			`This device holds information of the account ${owner}. If you continue, it is removed from this device. What is saved on the server stays in the account ${owner}.`,
		unsynced: (n: number) =>
			n === 1
				? '1 change has not reached the server yet. It will be lost if you continue.'
				: `${n} changes have not reached the server yet. They will be lost if you continue.`,
		switchTo: (email: string) => `Switch to ${email}`,
		alreadySignedIn: (email: string) => `You are already signed in as ${email}.`,
		goToAccount: 'Go to your account',
		offline: 'Signing in needs a network connection. Open the link again when you are online.',
		badLink: 'The link is incomplete. Ask for a new sign-in link.',
		newLink: 'Ask for a new link',
		working: 'Signing in…',
		chooseTitle: 'What should happen to the information on this device?',
		attachAfter: (email: string) =>
			`You are signed in as ${email}. Move what you typed on this phone into the account ${email}?`,
		move: 'Move it into the account',
		dontMove: 'Don’t move it – sign out',
		dontMoveExplain:
			'If you don’t move it, you are signed out and the information stays only on this device.',
		switchAfter: (owner: string, email: string) =>
			`You are signed in as ${email}, but this device holds information of the account ${owner}. It does not move into ${email}.`,
		removeOther: (owner: string) => `Remove the information of ${owner} from this device`,
		keepOther: 'Sign out and keep it',
		notSignedIn: 'You are not signed in.',
		failed: 'That didn’t work. Check your connection and try again.'
	},
	page: {
		title: 'Account',
		loading: 'Loading your account…',
		notSignedIn: 'You are not signed in.',
		signInLink: 'Sign in',
		offline: 'Your account details cannot be loaded without a network connection.',
		loadFailed: 'Your account details could not be loaded. Try again in a moment.',
		signedInAs: 'Signed in as',
		roles: {
			tenant: 'tenant',
			advisor: 'housing advisor',
			admin: 'administrator',
			landlord: 'landlord staff',
			funder: 'funder (reports)'
		},
		roleLabel: 'Role',
		signOutTitle: 'Sign out',
		signOutExplain:
			'Signing out removes all information from this device. What is saved on the server stays there, and you get it back when you sign in again.',
		signOut: 'Sign out',
		signingOut: 'Signing out…',
		unsyncedTitle: 'Not all changes have reached the server yet',
		unsynced: (n: number) =>
			n === 1
				? '1 change has not reached the server yet. If you sign out now, it will be lost. It is better to wait until the device is online and the changes have been sent.'
				: `${n} changes have not reached the server yet. If you sign out now, they will be lost. It is better to wait until the device is online and the changes have been sent.`,
		signOutAnyway: 'Sign out anyway',
		exportTitle: 'Download my data',
		exportExplain:
			'You get a file (JSON) with everything the server holds about you: your account, how you sign in, when your sessions expire and your synced information.',
		export: 'Download my data',
		exporting: 'Preparing…',
		deleteTitle: 'Delete my account',
		deleteExplain:
			'Deletes your account and everything saved on the server, and signs you out on every device. The information on this device is removed too. This cannot be undone.',
		delete: 'Delete my account',
		deleteConfirmTitle: 'Delete your account for good?',
		deleteConfirm:
			'All your information on the server and on this device will be deleted. This cannot be undone.',
		deleteConfirmAction: 'Yes, delete my account',
		deleting: 'Deleting…',
		failed: 'That did not work. Check your network connection and try again.'
	},
	email: {
		subject: 'Your sign-in link – Vuokra-apu',
		greeting: 'Hello,',
		intro: 'Sign in to Vuokra-apu with the link below:',
		button: 'Sign in',
		expires: (minutes: number) => `The link is valid for ${minutes} minutes and works once.`,
		ignore:
			'If you did not ask for this link, you can ignore this message. Nobody can get into your account without the link.'
	},
	reminders: {
		title: 'Reminders',
		explain:
			'Vuokra-apu can remind you of the rent due day, the instalments of your payment plan, meetings and short follow-up questions. The reminder comes to this device as a notification. It only says "You have a reminder" unless you choose otherwise. You see the details in the app.',
		loading: 'Loading reminder settings…',
		loadFailed: 'The reminder settings could not be loaded. Check your connection and try again.',
		deviceOn: 'Reminders come to this device.',
		deviceOff: 'No reminders come to this device.',
		optIn: 'Turn on reminders on this device',
		optOut: 'Turn off reminders on this device',
		kindsLegend: 'What to remind you of',
		kinds: {
			rent: 'Rent due day',
			instalment: 'Payment plan instalments',
			missed: 'An unpaid instalment',
			meeting: 'Meeting with the housing advisor',
			checkin: 'Follow-up questions',
			booking: 'Changes to bookings'
		},
		quietLegend: 'Quiet hours',
		quietExplain: 'No notifications come during quiet hours. The reminder comes when they end.',
		quietStart: 'Start',
		quietEnd: 'End',
		detailed: 'Show in the notification what the reminder is about (amounts are never shown)',
		emailFallback: 'Email the reminder if no device has reminders turned on',
		digest: 'Daily email summary of clients to follow up',
		save: 'Save settings',
		saving: 'Saving…',
		badTime: 'Write the time as hh:mm, for example 21:00.',
		notices: {
			saved: 'Settings saved.',
			subscribed: 'Reminders now come to this device.',
			unsubscribed: 'Reminders no longer come to this device.',
			unsupported:
				'This browser does not support notifications. You get reminders by email if that is chosen below.',
			denied:
				'The browser did not allow notifications. You can allow them in the browser settings and try again.',
			noWorker: 'Notifications are not ready yet. Reload the page and then try again.',
			failed:
				'Notifications could not be turned on in this browser. You get reminders by email if that is chosen below.',
			offline: 'The device is offline. Try again when the connection works.',
			serverError: 'Saving failed. Try again in a moment.'
		},
		inApp: {
			title: 'Reminders',
			text: {
				rent: (date: string) => `Your rent is due on ${date}.`,
				instalment: (date: string) => `A payment plan instalment is due on ${date}.`,
				missed: (date: string) =>
					`A payment plan instalment (${date}) seems to be unpaid. See the plan for what you can do.`,
				meeting: (date: string) => `You have a meeting on ${date}.`,
				checkin: (date: string) => `How have payments gone (${date})? Answer a short question.`,
				booking: (date: string) => `Your booking has changed (${date}).`
			},
			open: 'Open',
			dismiss: 'Dismiss'
		}
	},
	caseRecords: {
		title: 'What the service records about you',
		intro:
			'The housing advice service keeps notes and tasks about your case. You have the right to see them.',
		ref: (ref: string) => `Client ID ${ref}`,
		advisor: 'Advisor',
		notes: 'Notes',
		tasks: 'Tasks',
		none: 'Nothing recorded.',
		loadFailed: 'Could not load the records.'
	},
	forget: {
		title: 'Forget this device',
		explain:
			'Signs you out if you are signed in, then deletes everything saved on this device: your situation, your language choice and the app’s cache. What is saved on the server stays in your account. This can’t be undone.',
		offlineNote:
			'This device is offline. Your information is deleted from it at once, but the sign-in ends on the server only the next time you open the app online.',
		doneOffline:
			'Your information has been deleted from this device. The sign-in ends on the server the next time you open the app online.',
		action: 'Forget this device',
		confirmTitle: 'Delete all your information from this device?',
		confirm: 'Yes, delete everything',
		done: 'Your information has been deleted from this device.',
		working: 'Deleting your information…',
		failed: 'Not everything could be deleted. Close the app in any other tabs and try again.'
	},
	settings: {
		title: 'Settings',
		languageHelp: 'This device will remember your choice.',
		privacyTitle: 'Your information',
		privacy:
			'Your information is saved on this device, in the browser’s database. When you sign in, your data is also kept on the server. An advisor sees it only with your consent.'
	}
};
