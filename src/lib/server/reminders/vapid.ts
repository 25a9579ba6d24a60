/**
 * The server's VAPID key pair, which identifies it to browsers' push services. From the env
 * (VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY) or generated on first start into `$DATA_DIR/vapid.json`
 * (mode 600), like the auth secret: a new pair would orphan every subscription made with the old
 * one, so it is kept. VAPID_SUBJECT (a mailto: or https: address) tells push services whom to
 * contact.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpush from 'web-push';

export interface VapidKeys {
	publicKey: string;
	privateKey: string;
	subject: string;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]+$/;

function subjectFrom(env: NodeJS.ProcessEnv): string {
	const subject = env.VAPID_SUBJECT?.trim();
	if (subject && /^(mailto:|https:)/.test(subject)) return subject;
	const from = /<([^>]+)>/.exec(env.MAIL_FROM ?? '')?.[1] ?? env.MAIL_FROM?.trim();
	return `mailto:${from && from.includes('@') ? from : 'no-reply@localhost'}`;
}

export function vapidKeysFromEnv(env: NodeJS.ProcessEnv = process.env): VapidKeys {
	const subject = subjectFrom(env);
	const publicKey = env.VAPID_PUBLIC_KEY?.trim();
	const privateKey = env.VAPID_PRIVATE_KEY?.trim();
	if (publicKey && privateKey) return { publicKey, privateKey, subject };
	const dir = resolve(env.DATA_DIR ?? './data');
	const file = join(dir, 'vapid.json');
	if (!existsSync(file)) {
		mkdirSync(dir, { recursive: true });
		const keys = webpush.generateVAPIDKeys();
		// `wx`: two processes starting at once never overwrite each other's pair.
		try {
			writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' });
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
		}
	}
	const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<VapidKeys>;
	if (
		typeof stored.publicKey !== 'string' ||
		typeof stored.privateKey !== 'string' ||
		!KEY_PATTERN.test(stored.publicKey) ||
		!KEY_PATTERN.test(stored.privateKey)
	) {
		throw new Error(`${file} does not hold a VAPID key pair`);
	}
	return { publicKey: stored.publicKey, privateKey: stored.privateKey, subject };
}
