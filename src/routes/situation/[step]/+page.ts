import { error } from '@sveltejs/kit';
import { isStep, STEPS } from '$lib/domain/steps';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => STEPS.map((step) => ({ step }));

export const load: PageLoad = ({ params }) => {
	if (!isStep(params.step)) error(404);
	return { step: params.step };
};
