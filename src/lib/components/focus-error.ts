import { tick } from 'svelte';

/**
 * After the form has rendered its messages, moves the keyboard to the first field in error (its
 * id is `prefix` + the error's key), so a keyboard or screen-reader user lands on what to fix.
 * Returns whether there was an error to go to.
 */
export async function focusFirstError(
	errors: Readonly<Record<string, unknown>>,
	prefix: string
): Promise<boolean> {
	const first = Object.keys(errors)[0];
	if (first === undefined) return false;
	await tick();
	document.getElementById(`${prefix}${first}`)?.focus();
	return true;
}
