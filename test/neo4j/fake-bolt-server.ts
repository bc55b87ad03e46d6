/**
 * Just enough of a Bolt 4.4 server to make the real driver meet the failures kg must
 * explain: it answers the handshake, then replies to HELLO (login) and RUN with SUCCESS or
 * with a FAILURE carrying a chosen Neo4j status code. Speaks no Cypher.
 */
import net from 'node:net';

export interface FakeBoltBehaviour {
  /** Neo4j status code to fail the login with, e.g. Neo.ClientError.Security.Unauthorized. */
  helloFailure?: string;
  /** Neo4j status code to fail every statement with, e.g. Neo.ClientError.Database.DatabaseNotFound. */
  runFailure?: string;
}

export interface FakeBoltServer {
  uri: string;
  /** Every password the driver sent, to check what reached the server. */
  readonly credentials: string[];
  /** The text of every statement the driver ran. */
  readonly statements: string[];
  close(): Promise<void>;
}

const HANDSHAKE_BYTES = 20;
const BOLT_4_4 = Buffer.from([0, 0, 4, 4]);
const SIG = { HELLO: 0x01, GOODBYE: 0x02, RESET: 0x0f, RUN: 0x10, PULL: 0x3f, SUCCESS: 0x70, IGNORED: 0x7e, FAILURE: 0x7f } as const;

function packString(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
  if (bytes.length < 256) return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
  return Buffer.concat([Buffer.from([0xd1, bytes.length >> 8, bytes.length & 0xff]), bytes]);
}

function packMap(map: Record<string, string | never[]>): Buffer {
  const entries = Object.entries(map);
  const pack = (v: string | never[]) => (typeof v === 'string' ? packString(v) : Buffer.from([0x90])); // only empty lists
  return Buffer.concat([Buffer.from([0xa0 | entries.length]), ...entries.flatMap(([k, v]) => [packString(k), pack(v)])]);
}

function message(signature: number, fields: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields]);
  const head = Buffer.alloc(2);
  head.writeUInt16BE(body.length);
  return Buffer.concat([head, body, Buffer.from([0, 0])]);
}

const success = (meta: Record<string, string | never[]> = {}) => message(SIG.SUCCESS, [packMap(meta)]);
const failure = (code: string) => message(SIG.FAILURE, [packMap({ code, message: `fake server says ${code}` })]);
const ignored = () => message(SIG.IGNORED, []);

/** Strings found in a PackStream blob; enough to read credentials out of HELLO. */
function strings(body: Buffer): string[] {
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b >= 0x80 && b <= 0x8f) {
      out.push(body.subarray(i + 1, i + 1 + (b & 0x0f)).toString('utf8'));
      i += b & 0x0f;
    } else if (b === 0xd0) {
      const n = body[i + 1]!;
      out.push(body.subarray(i + 2, i + 2 + n).toString('utf8'));
      i += 1 + n;
    } else if (b === 0xd1) {
      const n = body.readUInt16BE(i + 1);
      out.push(body.subarray(i + 3, i + 3 + n).toString('utf8'));
      i += 2 + n;
    }
  }
  return out;
}

export async function startFakeBoltServer(behaviour: FakeBoltBehaviour): Promise<FakeBoltServer> {
  const credentials: string[] = [];
  const statements: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    let shookHands = false;
    let failed = false; // after a FAILURE, Bolt ignores everything until RESET
    let chunks: Buffer[] = [];
    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      if (!shookHands) {
        if (buffer.length < HANDSHAKE_BYTES) return;
        buffer = buffer.subarray(HANDSHAKE_BYTES);
        shookHands = true;
        socket.write(BOLT_4_4);
      }
      while (buffer.length >= 2) {
        const size = buffer.readUInt16BE(0);
        if (buffer.length < 2 + size) return;
        const chunk = buffer.subarray(2, 2 + size);
        buffer = buffer.subarray(2 + size);
        if (size > 0) {
          chunks.push(chunk);
          continue;
        }
        const body = Buffer.concat(chunks);
        chunks = [];
        if (body.length < 2) continue;
        const signature = body[1];
        if (signature === SIG.GOODBYE) {
          socket.end();
          return;
        }
        if (signature === SIG.RESET) {
          failed = false;
          socket.write(success());
        } else if (failed) {
          socket.write(ignored());
        } else if (signature === SIG.HELLO) {
          const s = strings(body);
          const at = s.indexOf('credentials');
          if (at >= 0 && s[at + 1] !== undefined) credentials.push(s[at + 1]!);
          if (behaviour.helloFailure) {
            failed = true;
            socket.write(failure(behaviour.helloFailure));
          } else {
            socket.write(success({ server: 'Neo4j/4.4.0', connection_id: 'bolt-1' }));
          }
        } else if (signature === SIG.RUN && (statements.push(strings(body)[0] ?? ''), behaviour.runFailure)) {
          failed = true;
          socket.write(failure(behaviour.runFailure));
        } else if (signature === SIG.RUN) {
          socket.write(success({ fields: [] }));
        } else {
          socket.write(success());
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    credentials,
    statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Accepts TCP connections and never says a word, like a wrong service or a hung server;
 * or, given `reply`, says that once (e.g. an HTTP error) and nothing more.
 */
export async function startSilentServer(reply?: string): Promise<{ uri: string; openConnections(): number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    if (reply) socket.once('data', () => socket.write(reply));
    socket.resume(); // read (and drop) what arrives, so a client hanging up is noticed
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A local port with nothing listening: bound, noted, released. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
