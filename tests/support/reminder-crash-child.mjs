// A reminder sender that dies between claim and send (tests/server/reminders-instances.spec.ts):
// it claims due reminders with the real dispatcher (bundled by the test), prints their ids, and
// waits to be killed with SIGKILL before it sends anything.
// argv: <bundle dir> <sqlite file | postgres url> <now ms> <vapid dir>
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, target, nowMs, vapidDir] = process.argv.slice(2);
const load = (name) => import(pathToFileURL(join(dir, `${name}.mjs`)).href);
const { createDb } = await load('db');
const { ReminderDispatcher } = await load('dispatcher');
const { webPushSender } = await load('sender');
const { vapidKeysFromEnv } = await load('vapid');

const db = createDb(
	target.startsWith('postgres')
		? { kind: 'postgres', connectionString: target }
		: { kind: 'sqlite', file: target }
);
const dispatcher = new ReminderDispatcher(
	() => Promise.resolve(db),
	webPushSender(vapidKeysFromEnv({ DATA_DIR: vapidDir })),
	{
		now: () => new Date(Number(nowMs)),
		instance: 'doomed',
		log: () => undefined,
		afterClaim: (ids) => {
			process.stdout.write(`claimed ${ids.join(',')}\n`);
			return new Promise(() => undefined);
		}
	}
);
void dispatcher.tick();
