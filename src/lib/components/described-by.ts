/**
 * An `aria-describedby` value from the ids that apply now (a hint, an error shown, a group's
 * message): the present ones joined, or undefined so the attribute is left out altogether.
 */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
	return ids.filter(Boolean).join(' ') || undefined;
}
