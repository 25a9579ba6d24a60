/**
 * Whether the server answers, as the app's own requests find it. The browser's `navigator.onLine`
 * says only that a network is there: on a captive Wi-Fi, a dead mobile connection ("lie-fi") or a
 * page opened from the service worker's cache it can say "online" while nothing gets through.
 * A request that got no answer marks the server unreachable until one does; meanwhile a light
 * probe asks again, less and less often, so the app notices the way back without a user action.
 */

/** Waits between probes while unanswered: soon at first, then every half minute. */
const PROBE_DELAYS_MS = [5_000, 10_000, 20_000, 30_000] as const;
/** A cheap GET every visitor may make (Auth.js answers `null` without a session). */
const PROBE_URL = '/auth/session';

const reach = $state({ unanswered: false });
let probes = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** True after a request got no answer, until one gets an answer. */
export function serverUnanswered(): boolean {
	return reach.unanswered;
}

export function noteAnswered(): void {
	clearTimeout(timer);
	timer = undefined;
	probes = 0;
	if (reach.unanswered) reach.unanswered = false;
}

/**
 * `error` is what fetch threw. A request the page itself cancelled (navigating away, a timeout it
 * set) says nothing about the network.
 */
export function noteUnanswered(error: unknown): void {
	if (
		error instanceof DOMException &&
		(error.name === 'AbortError' || error.name === 'TimeoutError')
	) {
		return;
	}
	if (!reach.unanswered) reach.unanswered = true;
	if (timer === undefined && typeof window !== 'undefined') scheduleProbe();
}

function scheduleProbe(): void {
	const delay = PROBE_DELAYS_MS[Math.min(probes, PROBE_DELAYS_MS.length - 1)];
	probes += 1;
	timer = setTimeout(() => {
		timer = undefined;
		fetch(PROBE_URL, { credentials: 'same-origin', cache: 'no-store' }).then(
			() => noteAnswered(),
			(error: unknown) => noteUnanswered(error)
		);
	}, delay);
}
