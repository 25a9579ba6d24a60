/** Narrows a value read from a <select> back to one of the schema's enum members. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
	return (list as readonly string[]).includes(value);
}
