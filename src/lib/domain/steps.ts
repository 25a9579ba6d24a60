/** The situation map's steps, in the order a tenant walks through them. */
export const STEPS = [
	'household',
	'home',
	'income',
	'expenses',
	'debts',
	'benefits',
	'decisions'
] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: string): value is Step {
	return (STEPS as readonly string[]).includes(value);
}

export function neighbours(step: Step): { previous: Step | null; next: Step | null } {
	const i = STEPS.indexOf(step);
	return { previous: STEPS[i - 1] ?? null, next: STEPS[i + 1] ?? null };
}
