import type { Messages } from '../fi/index';

export const admin: Messages['admin'] = {
	title: 'Administration',
	checking: 'Checking your access…',
	signInNeeded: 'Administration requires signing in.',
	signIn: 'Sign in',
	notAllowed: 'This page is for administrators only.',
	offline: 'Administration needs a network connection.',
	loadFailed: 'The details could not be loaded. Try again in a moment.',
	saveFailed: 'Saving did not succeed. Check the details and try again.',
	nav: {
		label: 'Administration menu',
		users: 'Users',
		settings: 'Settings',
		audit: 'Audit log',
		landlords: 'Landlords',
		orgs: 'Organisations',
		consentTexts: 'Consent texts'
	},
	users: {
		title: 'Users and roles',
		inviteTitle: 'Invite a user',
		inviteIntro:
			'The person invited gets a sign-in link by email. The role applies as soon as they sign in.',
		email: 'Email address',
		emailInvalid: 'Write the email address as name@example.fi.',
		role: 'Role',
		lang: 'Language of the invitation',
		langs: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
		invite: 'Send invitation',
		sending: 'Sending…',
		invited: (email: string) => `The invitation was sent to ${email}.`,
		listTitle: 'Staff',
		listEmpty: 'Nobody has a role yet.',
		colEmail: 'Email',
		colRole: 'Role',
		colStatus: 'Status',
		signedIn: 'Has signed in',
		pending: 'Invitation pending',
		changeRole: (email: string) => `Role of ${email}`,
		save: 'Save role',
		removeRole: 'Remove role',
		availability: (email: string) => `Bookable settings: ${email}`,
		roleSaved: (email: string) => `The role of ${email} was saved.`,
		lastAdmin:
			'The last administrator cannot be removed. First give the administrator role to someone else.',
		org: 'Organisation',
		orgNone: 'Add a landlord organisation first.',
		orgAdd: 'Organisations',
		orgInvalid: 'Choose the organisation the invited person works for.',
		landlordNeedsOrg: 'Landlord staff are invited into an organisation on the Organisations page.'
	},
	settings: {
		title: 'Settings',
		intro: 'These settings apply at once. A default value restores the server’s default.',
		serviceName: 'Name of the service',
		servicePhone: 'Phone number of the service',
		servicePhoneHint: 'Shown to tenants who cannot book online.',
		phoneInvalid: 'Write a phone number, for example +358 9 123 4567.',
		bookingHoldHours: 'How long a booking request holds its time (hours)',
		closedCaseMonths: 'Personal data of a closed case is erased (months after closing)',
		unusedAccountMonths: 'An unused account is erased (months after last use)',
		accountWarningDays: 'Warning before an account is erased (days)',
		numberInvalid: (min: number, max: number) => `Write a whole number from ${min} to ${max}.`,
		nameInvalid: 'Write the name of the service (at most 80 characters).',
		defaultValue: (value: string) => `Default: ${value}`,
		save: 'Save settings',
		saved: 'The settings were saved.'
	},
	audit: {
		title: 'Audit log',
		intro: 'Every administrative action is written here. The log cannot be edited or deleted.',
		empty: 'No events.',
		colAt: 'Time',
		colActor: 'By',
		colAction: 'Action',
		colTarget: 'Target',
		colDetails: 'Details',
		more: 'Show older',
		actions: {
			'user.invite': 'Invitation',
			'user.role': 'Role change',
			'settings.update': 'Settings changed',
			'advisor.availability': 'Bookable settings changed',
			'landlord.save': 'Landlord list changed',
			'retention.case-erased': 'Closed case data erased',
			'retention.account-warned': 'Unused account warned',
			'retention.account-erased': 'Unused account erased',
			'org.create': 'Organisation added',
			'org.update': 'Organisation changed',
			'org.staff.remove': 'Person removed from the organisation',
			'consent-text.publish': 'Consent text version published'
		}
	},
	inviteEmail: {
		subject: (service: string) => `Invitation: ${service} – Vuokra-apu`,
		greeting: 'Hello,',
		intro: (service: string, role: string) =>
			`You have been invited to ${service} on Vuokra-apu as ${role}. Sign in with the link below:`,
		button: 'Sign in',
		expires: (days: number) => `The link is valid for ${days} days and can be used once.`,
		ignore: 'If you did not expect this invitation, you can ignore this message.'
	},
	unusedEmail: {
		subject: 'Your unused account will be erased – Vuokra-apu',
		greeting: 'Hello,',
		text: (months: number, date: string) =>
			`You have not used your Vuokra-apu account for ${months} months. The account and its data will be erased on ${date}.`,
		keep: 'If you want to keep the account, sign in before then:',
		ignore: 'If you no longer need the account, you do not need to do anything.'
	},
	landlords: {
		title: 'Landlords',
		intro:
			'Tenants pick their landlord from this list. An id cannot change, because it is stored in tenants’ data. A landlord that no longer exists is removed by writing down why.',
		formTitle: 'Add or change a landlord',
		id: 'Id',
		idHint: 'Lower-case letters and hyphens, for example city-homes.',
		idInvalid: 'Write the id in lower-case letters and hyphens.',
		name: 'Name',
		nameInvalid: 'Write the name (2–120 characters).',
		months: 'Months accepted for a rent arrears plan',
		monthsHint: 'Leave empty when not known (default 12).',
		monthsInvalid: 'Write a whole number from 1 to 60, or leave it empty.',
		retiredReason: 'Why it no longer exists',
		retiredHint: 'Only when the landlord no longer exists. It cannot be brought back to the list.',
		retiredInvalid: 'Write the reason (3–300 characters). A retired landlord cannot come back.',
		save: 'Save landlord',
		saved: (name: string) => `${name} was saved.`,
		edit: (name: string) => `Edit: ${name}`,
		listTitle: 'In the list',
		retiredTitle: 'No longer exist'
	},
	orgs: {
		title: 'Landlord organisations',
		intro:
			"An organisation's staff see only their own codes, and the requests and proposals the tenant has allowed to be sent to it.",
		formTitle: 'Add or change an organisation',
		name: 'Name',
		nameInvalid: 'Write a name (2–200 characters).',
		nameTaken: 'Another organisation already has this name.',
		landlordKey: "Landlord on the tenants' list",
		landlordKeyHint:
			'When a tenant chooses this landlord, consents and requests go to this organisation.',
		landlordKeyNone: 'Not linked',
		landlordKeyInvalid: 'Choose a landlord on the list that is not linked elsewhere.',
		save: 'Save organisation',
		saved: (name: string) => `${name} saved.`,
		cancelEdit: 'Cancel editing',
		edit: (name: string) => `Edit: ${name}`,
		inviteTitle: 'Invite to the staff',
		inviteIntro:
			"The invited person gets a sign-in link by email and reaches the organisation's pages as soon as they sign in.",
		inviteOrg: 'Organisation',
		listTitle: 'Organisations',
		listEmpty: 'No organisations yet.',
		linkedTo: (name: string) => `Linked: ${name}`,
		notLinked: 'Not linked to the landlord list',
		staffTitle: (name: string) => `Staff: ${name}`,
		staffEmpty: 'No staff.',
		remove: (email: string) => `Remove ${email} from the organisation`,
		removed: (email: string) => `${email} was removed from the organisation.`
	},
	consentTexts: {
		title: 'Consent texts',
		intro:
			'Tenants read this text before they give consent. The newest published version applies at once to every new consent. A published version cannot be changed or removed: each consent always shows the words the tenant agreed to.',
		listTitle: 'Versions',
		builtIn: 'Shipped with the app',
		published: (date: string, by: string) => `Published ${date} by ${by}`,
		current: 'In force',
		currentLandlord: 'In force for consents towards landlords',
		view: (version: string) => `Show version ${version}`,
		viewTitle: (version: string) => `Version ${version}`,
		closeView: 'Close',
		viewLanguage: 'Language',
		newVersion: 'New version',
		starting: 'Opening…',
		formTitle: (version: string) => `New version (based on ${version})`,
		formIntro:
			'Write every field in Finnish, Swedish and English. The draft stays in this tab even if the page is reloaded.',
		groups: {
			general: 'General text',
			recipients: 'Recipients',
			categories: 'Data categories',
			landlordKinds: 'Consents towards a landlord organisation'
		},
		fields: {
			title: 'Title',
			intro: 'Introduction',
			purpose: 'Purpose',
			voluntary: 'Voluntariness',
			validity: 'Validity',
			termination: 'Termination (on the receipt)',
			withdrawal: 'Withdrawal',
			accessLog: 'Logging of views',
			confirm: 'Confirm button'
		} as Record<string, string>,
		label: 'name',
		description: 'description',
		item: (name: string, part: string) => `${name}: ${part}`,
		langs: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
		inLang: (field: string, lang: string) => `${field} (${lang})`,
		mustKeep: (placeholders: string) => `Keep in the text: ${placeholders}`,
		errors: {
			empty: 'Write a text.',
			tooLong: (max: number) => `At most ${max} characters.`,
			control: 'Remove the control characters from the text.',
			placeholders: (placeholders: string) =>
				placeholders
					? `The text must contain ${placeholders} and no other marker in braces.`
					: 'Remove the marker in braces: nothing is filled in in this field.',
			invalid: 'The server did not accept this field. Check the text.'
		},
		review: 'Review and publish',
		discard: 'Discard draft',
		confirmTitle: 'Publish the new version?',
		confirmText:
			'The new text applies at once to every new consent, in all three languages. A published version cannot be changed or removed.',
		confirmPublish: 'Publish',
		keep: 'Keep editing',
		publishing: 'Publishing…',
		outcomes: {
			published: (version: string) =>
				`Version ${version} was published. It now applies to new consents.`,
			invalid: 'Fix the marked fields. Nothing was published.',
			offline: 'No network connection. Nothing was published; the draft is kept.',
			failed: 'Publishing did not succeed. The draft is kept; try again.',
			changed:
				'Another administrator has just published a new version. Discard the draft and start from the newest version.'
		}
	}
};
