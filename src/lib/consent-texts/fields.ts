/**
 * The editable fields of a consent text and the rules a new version must keep (pure, no zod: the
 * admin editor and the server's publish both use them, src/lib/server/consent/README.md).
 *
 * A field is named by its path (`title`, `recipients.landlord.label`,
 * `landlordKinds.sendPlan.description`); in a publish body it sits under `texts.<lang>.`. A
 * placeholder (`{date}`, `{landlord}`) is replaced when the text is shown, so a new version must
 * have exactly the placeholders the previous version has in the same field and language: one left
 * out loses the date or the landlord's name, one added would be shown to the tenant as braces.
 */
import { CONSENT_CATEGORIES, RECIPIENT_KINDS } from '$lib/domain/consent';
import { LANDLORD_CONSENT_KINDS } from '$lib/domain/landlord-share';
import { CONSENT_LANGUAGES, type ConsentLanguage, type ConsentText } from './types';

/** A consent text without its version and language (the server sets both when publishing). */
export type ConsentTextContent = Omit<ConsentText, 'version' | 'language' | 'landlordKinds'> & {
	/** Required in a published version: one current version serves every kind of consent. */
	landlordKinds: NonNullable<ConsentText['landlordKinds']>;
};

export type ConsentTextContentSet = Record<ConsentLanguage, ConsentTextContent>;

/** How the editor groups the fields. */
export type ConsentTextGroup = 'general' | 'recipients' | 'categories' | 'landlordKinds';

/** The fields that are a short line (a label, the title, the button); the rest are paragraphs. */
export type ConsentFieldShape = 'line' | 'paragraph';

export interface ConsentTextField {
	/** `title`, `recipients.landlord.label`, ... */
	path: string;
	group: ConsentTextGroup;
	/** The recipient kind, category or landlord kind the field belongs to (groups other than general). */
	item?: string;
	shape: ConsentFieldShape;
}

const GENERAL: [string, ConsentFieldShape][] = [
	['title', 'line'],
	['intro', 'paragraph'],
	['purpose', 'paragraph'],
	['voluntary', 'paragraph'],
	['validity', 'paragraph'],
	['termination', 'paragraph'],
	['withdrawal', 'paragraph'],
	['accessLog', 'paragraph'],
	['confirm', 'line']
];

function labelled(group: Exclude<ConsentTextGroup, 'general'>, items: readonly string[]) {
	return items.flatMap((item): ConsentTextField[] => [
		{ path: `${group}.${item}.label`, group, item, shape: 'line' },
		{ path: `${group}.${item}.description`, group, item, shape: 'paragraph' }
	]);
}

/** Every field, in the order the editor shows them. */
export const CONSENT_TEXT_FIELDS: readonly ConsentTextField[] = [
	...GENERAL.map(([path, shape]): ConsentTextField => ({ path, group: 'general', shape })),
	...labelled('recipients', RECIPIENT_KINDS),
	...labelled('categories', CONSENT_CATEGORIES),
	...labelled('landlordKinds', LANDLORD_CONSENT_KINDS)
];

/** Longest value of a field, in characters (the shared schema enforces the same). */
export const MAX_FIELD_LENGTH: Record<ConsentFieldShape, number> = { line: 200, paragraph: 2000 };

/** The value at `path` ('' when the text has no such field, e.g. an old version's landlord kinds). */
export function fieldValue(text: object | undefined, path: string): string {
	let at: unknown = text;
	for (const key of path.split('.')) {
		if (typeof at !== 'object' || at === null) return '';
		at = (at as Record<string, unknown>)[key];
	}
	return typeof at === 'string' ? at : '';
}

/** The placeholders in `text`, sorted and without repeats: `{landlord}` twice is one. */
export function placeholdersIn(text: string): string[] {
	return [...new Set(text.match(/\{[A-Za-z]+\}/g) ?? [])].sort();
}

/** A field whose placeholders differ from the previous version's, named as in a publish body. */
export interface PlaceholderIssue {
	/** `texts.fi.termination` */
	path: string;
	/** The placeholders the field must have (empty: none). */
	expected: string[];
	message: string;
}

/**
 * Each field of `next` (every language) whose placeholders are not exactly those of the same
 * field and language of `previous`. Empty when the new version keeps them all.
 */
export function placeholderIssues(
	previous: Record<ConsentLanguage, object>,
	next: Record<ConsentLanguage, object>
): PlaceholderIssue[] {
	const out: PlaceholderIssue[] = [];
	for (const lang of CONSENT_LANGUAGES) {
		for (const field of CONSENT_TEXT_FIELDS) {
			const expected = placeholdersIn(fieldValue(previous[lang], field.path));
			const found = placeholdersIn(fieldValue(next[lang], field.path));
			if (expected.join() === found.join()) continue;
			out.push({
				path: `texts.${lang}.${field.path}`,
				expected,
				message:
					expected.length > 0
						? `Must contain ${expected.join(', ')} and no other placeholder`
						: 'Must not contain a placeholder in braces'
			});
		}
	}
	return out;
}

/** The content of a full consent text (what the editor starts from), without version and language. */
export function contentOf(text: ConsentText): ConsentTextContent | undefined {
	const { version, language, landlordKinds, ...rest } = text;
	void version;
	void language;
	return landlordKinds ? { ...rest, landlordKinds } : undefined;
}

/** `2026-4`: the year and the number of a version name, or null for any other shape. */
export function parseVersionName(version: string): { year: number; n: number } | null {
	const match = /^(\d{4})-(\d{1,4})$/.exec(version);
	return match ? { year: Number(match[1]), n: Number(match[2]) } : null;
}

/** Whether version `a` comes after `b` (by year, then number; names of another shape never do). */
export function isLaterVersion(a: string, b: string): boolean {
	const x = parseVersionName(a);
	const y = parseVersionName(b);
	if (!x) return false;
	if (!y) return true;
	return x.year !== y.year ? x.year > y.year : x.n > y.n;
}

/**
 * The name of the next version: `<year>-<n + 1>` after the highest existing one, or
 * `<year>-1` when `year` (the Helsinki year of publishing) is later than every existing name. A
 * clock behind the newest name never goes back: the name stays in the newest name's year.
 */
export function nextVersionName(existing: readonly string[], year: number): string {
	let highest: { year: number; n: number } | null = null;
	for (const name of existing) {
		const parsed = parseVersionName(name);
		if (!parsed) continue;
		if (
			!highest ||
			parsed.year > highest.year ||
			(parsed.year === highest.year && parsed.n > highest.n)
		) {
			highest = parsed;
		}
	}
	if (!highest || year > highest.year) return `${year}-1`;
	return `${highest.year}-${highest.n + 1}`;
}
