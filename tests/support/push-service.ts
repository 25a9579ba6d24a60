/**
 * A push service on loopback for tests and the benchmark: it plays both the browser (it makes
 * the subscription's keys and keeps the private half) and the push service (it accepts
 * `POST /push/<id>`). Every message is checked as a real push service and browser would:
 * the VAPID JWT's ES256 signature against the `k=` key, its audience and expiry, and the payload
 * decrypted (RFC 8291 / RFC 8188 aes128gcm) with node:crypto alone. A subscription can be told to
 * answer with a status (500 for an outage, 410 for a subscription that is gone).
 */
import {
	createECDH,
	createDecipheriv,
	createPublicKey,
	hkdfSync,
	randomBytes,
	verify,
	type ECDH
} from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPush {
	subscription: string;
	/** The decrypted payload, parsed as JSON. */
	payload: unknown;
	topic: string | undefined;
	ttl: string | undefined;
	/** The `sub` claim of the VAPID JWT. */
	vapidSubject: string;
	vapidKey: string;
}

export interface TestSubscription {
	id: string;
	endpoint: string;
	p256dh: string;
	auth: string;
}

interface Held {
	ecdh: ECDH;
	auth: Buffer;
	/** Statuses to answer with, one per request, before answering 201 again. */
	failWith: number[];
}

export interface LoopbackPushService {
	url: string;
	received: ReceivedPush[];
	/** Messages the service refused (failWith) or could not check, with the reason. */
	refused: { subscription: string; status: number; reason: string }[];
	subscribe(): TestSubscription;
	/** The next `count` requests for this subscription get `status`. */
	failNext(id: string, status: number, count?: number): void;
	/** Wait until `count` messages were received. */
	waitFor(count: number, timeoutMs?: number): Promise<void>;
	close(): Promise<void>;
}

function b64url(buf: Buffer): string {
	return buf.toString('base64url');
}

/** The JWK of an uncompressed P-256 point, so node:crypto can verify with it. */
function publicKeyOfPoint(point: Buffer) {
	return createPublicKey({
		key: {
			kty: 'EC',
			crv: 'P-256',
			x: b64url(point.subarray(1, 33)),
			y: b64url(point.subarray(33, 65))
		},
		format: 'jwk'
	});
}

/** Headers already verified (a sender reuses one signed header per push service for a while). */
const verified = new Map<string, { sub: string; key: string; exp: number }>();

function checkVapid(req: IncomingMessage, origin: string): { sub: string; key: string } {
	const header = req.headers.authorization ?? '';
	const known = verified.get(header);
	if (known) {
		if (known.exp * 1000 < Date.now()) throw new Error('JWT expired');
		return known;
	}
	const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header);
	if (!m?.[1] || !m[2]) throw new Error('no VAPID authorization');
	const [h, p, s] = m[1].split('.');
	if (!h || !p || !s) throw new Error('malformed JWT');
	const jwtHeader = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string };
	if (jwtHeader.alg !== 'ES256') throw new Error('JWT is not ES256');
	const key = publicKeyOfPoint(Buffer.from(m[2], 'base64url'));
	const ok = verify(
		'sha256',
		Buffer.from(`${h}.${p}`),
		{ key, dsaEncoding: 'ieee-p1363' },
		Buffer.from(s, 'base64url')
	);
	if (!ok) throw new Error('bad JWT signature');
	const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as {
		aud?: string;
		exp?: number;
		sub?: string;
	};
	if (claims.aud !== origin) throw new Error('JWT audience is not this push service');
	if (!claims.exp || claims.exp * 1000 < Date.now()) throw new Error('JWT expired');
	const checked = { sub: claims.sub ?? '', key: m[2], exp: claims.exp };
	if (verified.size > 1000) verified.clear();
	verified.set(header, checked);
	return checked;
}

/** Decrypts one aes128gcm body (RFC 8291 key derivation, RFC 8188 framing) as a browser would. */
function decrypt(body: Buffer, held: Held): string {
	const salt = body.subarray(0, 16);
	const rs = body.readUInt32BE(16);
	const idlen = body.readUInt8(20);
	const senderKey = body.subarray(21, 21 + idlen);
	const record = body.subarray(21 + idlen);
	if (record.length > rs) throw new Error('more than one record');
	const shared = held.ecdh.computeSecret(senderKey);
	const keyInfo = Buffer.concat([
		Buffer.from('WebPush: info\0'),
		held.ecdh.getPublicKey(),
		senderKey
	]);
	const ikm = Buffer.from(hkdfSync('sha256', shared, held.auth, keyInfo, 32));
	const cek = Buffer.from(
		hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16)
	);
	const nonce = Buffer.from(
		hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12)
	);
	const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
	decipher.setAuthTag(record.subarray(record.length - 16));
	const plain = Buffer.concat([
		decipher.update(record.subarray(0, record.length - 16)),
		decipher.final()
	]);
	// The last record ends with the delimiter 0x02 followed by padding zeros.
	let end = plain.length - 1;
	while (end >= 0 && plain[end] === 0) end--;
	if (plain[end] !== 2) throw new Error('no last-record delimiter');
	return plain.subarray(0, end).toString('utf8');
}

export async function startPushService(): Promise<LoopbackPushService> {
	const held = new Map<string, Held>();
	const received: ReceivedPush[] = [];
	const refused: LoopbackPushService['refused'] = [];
	const waiters: { count: number; done: () => void }[] = [];
	let origin = '';

	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const id = /^\/push\/([A-Za-z0-9-]+)$/.exec(req.url ?? '')?.[1] ?? '';
			const sub = held.get(id);
			const answer = (status: number, reason: string) => {
				if (status >= 300) refused.push({ subscription: id, status, reason });
				res.writeHead(status).end();
			};
			if (req.method !== 'POST' || !sub) return answer(404, 'unknown subscription');
			const failure = sub.failWith.shift();
			if (failure !== undefined) return answer(failure, 'told to fail');
			try {
				if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
				const vapid = checkVapid(req, origin);
				const payload: unknown = JSON.parse(decrypt(Buffer.concat(chunks), sub));
				received.push({
					subscription: id,
					payload,
					topic: req.headers.topic as string | undefined,
					ttl: req.headers.ttl as string | undefined,
					vapidSubject: vapid.sub,
					vapidKey: vapid.key
				});
			} catch (error) {
				return answer(400, error instanceof Error ? error.message : 'bad request');
			}
			answer(201, 'ok');
			for (const w of [...waiters]) {
				if (received.length >= w.count) {
					waiters.splice(waiters.indexOf(w), 1);
					w.done();
				}
			}
		});
	});
	server.keepAliveTimeout = 30_000;
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	origin = `http://127.0.0.1:${port}`;

	return {
		url: origin,
		received,
		refused,
		subscribe() {
			const id = randomBytes(12).toString('hex');
			const ecdh = createECDH('prime256v1');
			ecdh.generateKeys();
			const auth = randomBytes(16);
			held.set(id, { ecdh, auth, failWith: [] });
			return {
				id,
				endpoint: `${origin}/push/${id}`,
				p256dh: b64url(ecdh.getPublicKey()),
				auth: b64url(auth)
			};
		},
		failNext(id, status, count = 1) {
			const sub = held.get(id);
			if (!sub) throw new Error(`no subscription ${id}`);
			for (let i = 0; i < count; i++) sub.failWith.push(status);
		},
		waitFor(count, timeoutMs = 10_000) {
			if (received.length >= count) return Promise.resolve();
			return new Promise((done, fail) => {
				const timer = setTimeout(
					() => fail(new Error(`${received.length} of ${count} pushes after ${timeoutMs} ms`)),
					timeoutMs
				);
				waiters.push({
					count,
					done: () => {
						clearTimeout(timer);
						done();
					}
				});
			});
		},
		close() {
			server.closeAllConnections();
			return new Promise((done) => server.close(() => done()));
		}
	};
}
