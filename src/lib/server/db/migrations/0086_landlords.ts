/**
 * The landlord list of the tenant's situation map as data admins edit (src/lib/server/admin/
 * README.md). Seeded with the list the app shipped with (lib/domain/landlords.ts, copied here as
 * it was, so this migration never changes). `retired_reason` not null: the landlord no longer
 * exists; its id stays reserved and is never offered again.
 */
import type { Kysely } from 'kysely';

const SEED: { id: string; name: string; retired_reason: string | null }[] = [
	{ id: 'jyvaskylan-vuokra-asunnot', name: 'Jyväskylän Vuokra-asunnot Oy', retired_reason: null },
	{ id: 'yh-asunnot', name: 'YH-Asunnot', retired_reason: null },
	{ id: 'lumo-kojamo', name: 'Lumo (Kojamo Oyj)', retired_reason: null },
	{ id: 'sato', name: 'SATO Oyj', retired_reason: null },
	{ id: 'heka', name: 'Helsingin kaupungin asunnot Oy (Heka)', retired_reason: null },
	{ id: 'espoon-asunnot', name: 'Espoon Asunnot Oy', retired_reason: null },
	{ id: 'vav-asunnot', name: 'VAV Asunnot Oy', retired_reason: null },
	{ id: 'tvt-asunnot', name: 'TVT Asunnot Oy', retired_reason: null },
	{ id: 'y-saatio', name: 'Y-Säätiö', retired_reason: null },
	{
		id: 'jyvaskylan-mlk-vuokratalot',
		name: 'Jyväskylän maalaiskunnan Vuokratalot Oy',
		retired_reason: 'Jyväskylän maalaiskunta merged into Jyväskylä on 1 January 2009.'
	},
	{
		id: 'vvo-asunnot',
		name: 'VVO Asunnot Oy',
		retired_reason:
			'VVO was split in 2015; its homes are now let under Lumo (Kojamo Oyj), already in the list.'
	}
];

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('landlords')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('acceptable_arrears_months', 'integer')
		.addColumn('retired_reason', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	const at = new Date().toISOString();
	await (db as Kysely<{ landlords: Record<string, unknown> }>)
		.insertInto('landlords')
		.values(
			SEED.map((l, position) => ({
				...l,
				acceptable_arrears_months: null,
				position,
				updated_at: at
			}))
		)
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('landlords').execute();
}
