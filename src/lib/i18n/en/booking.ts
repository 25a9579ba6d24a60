import type { Messages } from '../fi/index';

export const booking: Messages['booking'] = {
	title: 'Book a housing advisor',
	lead: 'A housing advisor helps free of charge and in confidence. Choose a time that suits you and the advisor will confirm it.',
	signedOut: {
		title: 'Booking needs an account',
		text: 'Sign in with your email first. Then the advisor can confirm the time and send you a message. When you sign in, your data is also kept on the server. An advisor sees it only with your consent.',
		action: 'Sign in'
	},
	offlineNoData:
		'No network connection, and no free times are saved on this device. Try again when you are back online.',
	loadFailed: 'Could not fetch the information. Please try again in a moment.',
	retry: 'Try again',
	asOf: (when: string) => `Times as of ${when}. They may have changed since.`,
	listAsOf: (when: string) => `Bookings as of ${when}.`,
	form: {
		title: 'New booking',
		who: 'Who would you like to meet?',
		service: 'Any free advisor (soonest)',
		channel: 'How would you like to meet?',
		channels: { office: 'Office visit', phone: 'Phone call', video: 'Video call' },
		officeAt: (address: string) => `Address: ${address}`,
		times: 'Free times',
		timesHint: 'Times are Finnish time.',
		moreDays: 'Show more days',
		noTimes:
			'There are no free times in the next two weeks. Try another way to meet or another advisor.',
		noAdvisors: 'Advisors have no times open for booking right now. Please try again later.',
		note: 'What would you like to talk about? (briefly)',
		noteHint: 'For example: two months of rent are unpaid and the landlord has sent a letter.',
		share: 'Share my situation summary with the advisor',
		shareHint:
			'The advisor sees the summary only if you have given the housing advice service your consent. You can withdraw it at any time.',
		consentActive:
			'You have given the housing advice service your consent. The advisor will see the summary.',
		consentMissing:
			'You have not yet given the housing advice service your consent, so the advisor will not see the summary.',
		consentLink: 'Give consent',
		consentUnknown: 'Could not check your consent.',
		send: 'Send booking request',
		sending: 'Sending…',
		pickTime: 'Choose a time first.',
		sent: 'Your request has been sent. The advisor will confirm the time and you will get an email about it.',
		queued:
			'No network connection. Your request is saved on this device and will be sent automatically when you are back online.',
		tooMany:
			'You already have three upcoming bookings. Cancel one of them if you want to book a new time.',
		refused: 'The request could not be sent. Check the details and try again.'
	},
	taken: {
		title: 'The time you chose has been taken',
		text: (time: string) =>
			`Someone else booked ${time} before your request arrived. These are the nearest free times:`,
		notOffered: (time: string) =>
			`${time} can no longer be booked. These are the nearest free times:`,
		none: 'There are no other free times nearby. Choose a new time from the list below.',
		pick: (time: string) => `Book ${time}`,
		dismiss: 'I will choose another time myself'
	},
	mine: {
		title: 'My bookings',
		empty: 'You have no bookings yet.',
		past: 'Past and ended',
		waiting: 'Waiting to be sent',
		waitingText: 'Saved on this device. It will be sent when you are back online.',
		waitingCancel: 'Cancellation waiting to be sent',
		waitingMove: 'Request for a new time waiting to be sent',
		status: {
			requested: 'Waiting for confirmation',
			confirmed: 'Confirmed',
			declined: 'The advisor could not take this time',
			expired: 'Expired – the advisor did not answer in time',
			cancelled: 'Cancelled'
		},
		cancelledBy: {
			tenant: 'You cancelled this time.',
			advisor: 'The advisor cancelled this time.'
		},
		moved: 'Moved to a new time.',
		holdUntil: (when: string) =>
			`The time is held for you until the advisor answers (at the latest ${when}).`,
		advisor: (name: string) => `Advisor: ${name}`,
		anyAdvisor: 'Advisor: the first one free',
		note: 'About',
		message: "Advisor's message",
		proposed: 'The advisor suggests these times:',
		bookProposed: (time: string) => `Book ${time}`,
		calendar: 'Add to calendar',
		cancel: 'Cancel booking',
		cancelTitle: 'Cancel this booking?',
		cancelText: (time: string) => `The booking on ${time} will be cancelled and the advisor told.`,
		cancelConfirm: 'Yes, cancel it',
		keep: 'No, keep it',
		cancelled: 'The booking has been cancelled.',
		cancelQueued: 'The cancellation will be sent when you are back online.',
		move: 'Ask for another time',
		moveTitle: (time: string) => `A new time instead of ${time}`,
		moveSend: 'Send request for the new time',
		moveClose: 'Close',
		moved2: 'Your request for a new time has been sent. The advisor will confirm it.',
		notLive: 'This booking can no longer be changed. The list has been updated.'
	},
	when: (date: string, start: string, end: string) => `${date}, ${start}–${end}`,
	at: (date: string, start: string) => `${date} at ${start}`,
	advisorArea: {
		queue: {
			title: 'Booking requests',
			lead: 'Most urgent first: the eviction stage and nearest deadline (when the tenant has shared their situation), then the oldest requests.',
			empty: 'No requests waiting for an answer.',
			refresh: 'Refresh',
			tenant: 'Tenant',
			requestedAgo: (hours: number) =>
				hours < 1 ? 'Requested less than an hour ago' : `Requested ${Math.floor(hours)} h ago`,
			holdUntil: (when: string) => `Answer by ${when}`,
			urgencyUnknown: 'Urgency unknown (situation not shared)',
			stage: (name: string) => `Stage: ${name}`,
			deadline: (date: string, days: number) =>
				days === 0
					? `Deadline today (${date})`
					: days === 1
						? `Deadline tomorrow (${date})`
						: `${days} days to deadline (${date})`,
			shared: 'The tenant shared their situation',
			confirm: 'Confirm',
			decline: 'Decline',
			propose: 'Decline and propose other times',
			proposeTitle: 'Propose other times',
			proposeHint: (max: number) => `Choose up to ${max} times.`,
			reason: 'Message to the tenant (optional)',
			sendDecline: 'Decline and send the proposals',
			closePropose: 'Close',
			confirmed: (who: string, time: string) => `Confirmed: ${who}, ${time}.`,
			declined: (who: string) => `Request declined: ${who}.`,
			notPending:
				'This request has already been answered or has expired. The list has been updated.',
			alreadyConfirmedBy: (advisor: string) =>
				`${advisor} has already confirmed this request. The list has been updated.`,
			clash:
				'Another meeting is already confirmed at this time. Decline the request or propose another time.',
			noAvailability: 'Set up your own free times first, then you can confirm requests.'
		},
		agenda: {
			title: 'Agenda',
			day: 'Day',
			week: 'Week',
			view: 'View',
			previousDay: 'Previous day',
			nextDay: 'Next day',
			previousWeek: 'Previous week',
			nextWeek: 'Next week',
			today: 'Today',
			range: (from: string, to: string) => `${from} – ${to}`,
			empty: 'No meetings.',
			cancel: 'Cancel meeting',
			cancelTitle: 'Cancel this meeting?',
			cancelText: (who: string, time: string) =>
				`The meeting (${who}, ${time}) will be cancelled and the tenant told.`,
			cancelReason: 'Reason for the tenant (optional)',
			cancelConfirm: 'Yes, cancel',
			keep: 'No, keep it',
			cancelled: 'The meeting has been cancelled.',
			notLive: 'The meeting can no longer be cancelled. The agenda has been updated.'
		},
		availability: {
			title: 'My free times',
			lead: 'The weekly template and exceptions are in Finnish time. Saving replaces the earlier settings; bookings already made are kept.',
			notConfigured:
				'You have not set your free times yet. Tenants will not see you until you save.',
			general: 'Basics',
			displayName: 'Name shown to tenants',
			active: 'I take bookings',
			mailLang: 'Language of emails',
			meetingMinutes: 'Meeting length (min)',
			bufferMinutes: 'Break between meetings (min)',
			minNoticeMinutes: 'Book at the latest (min before the start)',
			horizonDays: 'Bookable at most (days ahead)',
			channels: 'Ways to meet',
			officeAddress: 'Office address',
			officeHint: 'Required when office visits are offered.',
			weekly: 'Weekly template',
			weeklyEmpty: 'No opening hours.',
			weekday: 'Weekday',
			weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
			start: 'Starts',
			end: 'Ends',
			addWeekly: 'Add opening hours',
			removeRow: (what: string) => `Remove ${what}`,
			exceptions: 'Exceptions',
			exceptionsEmpty: 'No exceptions.',
			date: 'Date',
			dayOff: 'Day off (no times)',
			ranges: 'Opening hours on this day',
			addRange: 'Add hours',
			note: 'Note (only you see it)',
			addException: 'Add an exception',
			exceptionLabel: (n: number) => `Exception ${n}`,
			weeklyLabel: (n: number) => `Opening hours ${n}`,
			rangeLabel: (n: number) => `hours ${n}`,
			errors: {
				endAfterStart: 'The end must be after the start.',
				officeAddress: 'Write the office address when office visits are offered.',
				overlap: 'Hours on the same day overlap.',
				duplicateDate: 'The same date appears twice.',
				channels: 'Choose at least one way to meet.',
				check: 'Please check this.'
			},
			save: 'Save',
			saving: 'Saving…',
			saved: 'Saved.',
			invalid: 'Please correct the marked fields.',
			failed: 'Saving failed. Please try again.'
		},
		offline: 'No network connection. The advisor views need a connection.',
		failed: 'That did not work. Please try again.',
		via: 'Requested from the service'
	}
};
