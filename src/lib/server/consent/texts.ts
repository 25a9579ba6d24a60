/**
 * The one place that decides which consent text is current and what version V says
 * (README.md here, "Text versions"). Versions are the built-in ones (lib/consent-texts, shipped
 * with the app) and the ones admins published (`consent_text_versions`, migration 0090).
 *
 * - Current: the newest published version, for every kind of consent (a published version always
 *   has the landlord kinds). Before any is published, the two built-in constants:
 *   CURRENT_CONSENT_TEXT_VERSION for consents to the service and other parties,
 *   CURRENT_LANDLORD_CONSENT_TEXT_VERSION for consents towards a landlord organisation.
 * - Every known version stays readable for ever (receipts, the tenant's list); a new consent is
 *   accepted only under the current version of its kind (consents.ts).
 *
 * Rows never change (triggers refuse it), so a version read once is cached per database; which
 * version is newest is read each time (one small query), so a publish is seen at once by every
 * process sharing the database.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
	CONSENT_LANGUAGES,
	CONSENT_TEXTS,
	CURRENT_CONSENT_TEXT_VERSION,
	CURRENT_LANDLORD_CONSENT_TEXT_VERSION,
	type ConsentLanguage,
	type ConsentText
} from '$lib/consent-texts';
import {
	isLaterVersion,
	nextVersionName,
	placeholderIssues,
	type ConsentTextContentSet
} from '$lib/consent-texts/fields';
import { toHelsinki } from '$lib/domain/helsinki-time';
import {
	consentTextVersionSchema,
	type ConsentTextSummary,
	type PublishConsentTextBody
} from '$lib/schemas/consent-texts';
import { recordAudit, type Actor } from '../admin/audit';
import type { Database } from '../db/schema';
import { dialectKind } from '../db/dialect';
import { perDatabase } from '../db/per-database';
import { canonicalJson } from '../db/json';
import { withWriteTransaction } from '../db/write-transaction';
import { HttpProblem } from '../http/guards';

export type ConsentTextSet = Record<ConsentLanguage, ConsentText>;

export interface ConsentTextVersion extends ConsentTextSummary {
	texts: ConsentTextSet;
}

/** Which version new consents are given under, per kind of consent. */
export interface CurrentVersions {
	/** Consents to the service and to other parties. */
	service: string;
	/** Consents towards a landlord organisation (the text has `landlordKinds`). */
	landlord: string;
}

/** SHA-256 of the canonical JSON (sorted keys) of a version's texts. */
export function textsDigest(texts: ConsentTextSet): string {
	return createHash('sha256').update(canonicalJson(texts), 'utf8').digest('hex');
}

const builtIn = new Map<string, ConsentTextVersion>(
	Object.entries(CONSENT_TEXTS).map(([version, texts]) => [
		version,
		{
			version,
			texts,
			builtIn: true,
			publishedAt: null,
			publishedBy: null,
			digest: textsDigest(texts)
		}
	])
);

/** Published versions read so far, per database (rows are immutable, so never stale). */
const cacheOf = perDatabase(() => new Map<string, ConsentTextVersion>());

function fromRow(row: Database['consent_text_versions']): ConsentTextVersion | undefined {
	let texts: unknown;
	try {
		texts = JSON.parse(row.texts);
	} catch {
		return undefined;
	}
	const parsed = consentTextVersionSchema.safeParse({ version: row.version, texts });
	if (!parsed.success) return undefined;
	return {
		version: row.version,
		texts: parsed.data.texts,
		builtIn: false,
		publishedAt: row.published_at,
		publishedBy: row.published_by,
		digest: row.digest
	};
}

async function publishedNames(db: Kysely<Database>): Promise<string[]> {
	const rows = await db.selectFrom('consent_text_versions').select('version').execute();
	return rows.map((r) => r.version);
}

function newest(names: readonly string[]): string | undefined {
	let out: string | undefined;
	for (const name of names) if (out === undefined || isLaterVersion(name, out)) out = name;
	return out;
}

/** The current version for each kind of consent (see the module comment). */
export async function currentVersions(db: Kysely<Database>): Promise<CurrentVersions> {
	const latest = newest(await publishedNames(db));
	return latest
		? { service: latest, landlord: latest }
		: { service: CURRENT_CONSENT_TEXT_VERSION, landlord: CURRENT_LANDLORD_CONSENT_TEXT_VERSION };
}

/** Version `version` in every language, built in or published; undefined when unknown. */
export async function findConsentTextVersion(
	db: Kysely<Database>,
	version: string
): Promise<ConsentTextVersion | undefined> {
	const shipped = builtIn.get(version);
	if (shipped) return shipped;
	const cached = cacheOf(db).get(version);
	if (cached) return cached;
	const row = await db
		.selectFrom('consent_text_versions')
		.selectAll()
		.where('version', '=', version)
		.executeTakeFirst();
	const found = row ? fromRow(row) : undefined;
	if (found) cacheOf(db).set(version, found);
	return found;
}

/** The exact text of `version` in `language`, or undefined for an unknown version. */
export async function findConsentText(
	db: Kysely<Database>,
	version: string,
	language: ConsentLanguage
): Promise<ConsentText | undefined> {
	return (await findConsentTextVersion(db, version))?.texts[language];
}

/** The current versions with their texts (the tenant's give and landlord pages). */
export async function currentConsentTexts(db: Kysely<Database>) {
	const current = await currentVersions(db);
	const [service, landlord] = await Promise.all([
		findConsentTextVersion(db, current.service),
		findConsentTextVersion(db, current.landlord)
	]);
	if (!service || !landlord) throw new Error('The current consent text cannot be read');
	return {
		service: { version: service.version, texts: service.texts },
		landlord: { version: landlord.version, texts: landlord.texts }
	};
}

const summary = ({ texts, ...rest }: ConsentTextVersion): ConsentTextSummary => {
	void texts;
	return rest;
};

/** Every version, built in and published, newest first, with the current ones. */
export async function listConsentTextVersions(db: Kysely<Database>) {
	const rows = await db.selectFrom('consent_text_versions').selectAll().execute();
	const published = rows.flatMap((r) => {
		const found = fromRow(r);
		return found ? [found] : [];
	});
	const versions = [...builtIn.values(), ...published]
		.sort((a, b) => (isLaterVersion(a.version, b.version) ? -1 : 1))
		.map(summary);
	return { versions, current: await currentVersions(db) };
}

/**
 * Publishes a new version from `body` (already checked against the shared schema): it becomes
 * current for every new consent. Refused with 409 `changed_meanwhile` when `basedOn` is no longer
 * the current version, and with 400 naming each field whose placeholders differ from the current
 * version's. The row and its audit entry are written in one transaction, so nothing is stored
 * half; publishers are serialised (SQLite's write lock, a table lock on PostgreSQL), so two
 * publishes never take the same name.
 */
export async function publishConsentText(
	db: Kysely<Database>,
	actor: Actor,
	body: PublishConsentTextBody,
	now: Date
): Promise<ConsentTextSummary> {
	const published = await withWriteTransaction(db, async (trx) => {
		if (dialectKind(trx) === 'postgres') {
			await sql`lock table consent_text_versions in share row exclusive mode`.execute(trx);
		}
		const names = await publishedNames(trx);
		const current = newest(names) ?? CURRENT_LANDLORD_CONSENT_TEXT_VERSION;
		if (body.basedOn !== current) {
			throw new HttpProblem(409, {
				code: 'changed_meanwhile',
				message: `Version ${current} was published meanwhile; start from it`,
				issues: [{ path: 'basedOn', message: `The current version is ${current}` }]
			});
		}
		const previous = await findConsentTextVersion(trx, current);
		if (!previous) throw new Error(`The current consent text ${current} cannot be read`);
		const issues = placeholderIssues(previous.texts, body.texts);
		if (issues.length > 0) {
			throw new HttpProblem(400, {
				message: 'Placeholders must stay as in the previous version',
				issues: issues.map(({ path, message }) => ({ path, message }))
			});
		}
		const version = nextVersionName(
			[...builtIn.keys(), ...names],
			Number(toHelsinki(now).date.slice(0, 4))
		);
		const texts = Object.fromEntries(
			CONSENT_LANGUAGES.map((language) => [
				language,
				{ version, language, ...(body.texts as ConsentTextContentSet)[language] }
			])
		) as ConsentTextSet;
		const row = {
			version,
			texts: JSON.stringify(texts),
			digest: textsDigest(texts),
			published_at: now.toISOString(),
			published_by: actor.email
		};
		await trx.insertInto('consent_text_versions').values(row).execute();
		await recordAudit(trx, {
			actor,
			action: 'consent-text.publish',
			target: version,
			details: { basedOn: current, digest: row.digest },
			at: now
		});
		return row;
	});
	return {
		version: published.version,
		builtIn: false,
		publishedAt: published.published_at,
		publishedBy: published.published_by,
		digest: published.digest
	};
}
