/**
 * A fake Neo4j that speaks just enough Bolt 4.4 to be logged into, then goes silent: the
 * handshake (magic 0x6060B017, version 4.4 chosen), HELLO → SUCCESS {server, connection_id},
 * RESET/BEGIN/COMMIT/ROLLBACK → SUCCESS, and the first `answerRuns` RUN/PULL pairs answered
 * as empty results. After that it reads every message and answers none, as a server stuck
 * in a lock or a GC pause would. Messages are framed in chunks (2-byte length, 0x0000 end);
 * values are PackStream (https://neo4j.com/docs/bolt/current/packstream/).
 */
import net from 'node:net';

const MAGIC = 0x6060b017;
const SUCCESS = 0x70;
const HELLO = 0x01;
const GOODBYE = 0x02;
const RESET = 0x0f;
const RUN = 0x10;
const BEGIN = 0x11;
const COMMIT = 0x12;
const ROLLBACK = 0x13;
const PULL = 0x3f;
const LOGON = 0x6a;

function packString(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
  return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
}

function packValue(v: string | number | boolean | string[]): Buffer {
  if (typeof v === 'string') return packString(v);
  if (typeof v === 'boolean') return Buffer.from([v ? 0xc3 : 0xc2]);
  if (Array.isArray(v)) return Buffer.concat([Buffer.from([0x90 | v.length]), ...v.map(packString)]);
  if (Number.isInteger(v) && v >= -16 && v < 128) return Buffer.from([v & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = 0xca;
  b.writeInt32BE(v, 1);
  return b;
}

function packMap(m: Record<string, string | number | boolean | string[]>): Buffer {
  const entries = Object.entries(m);
  return Buffer.concat([Buffer.from([0xa0 | entries.length]), ...entries.flatMap(([k, v]) => [packString(k), packValue(v)])]);
}

function message(signature: number, fields: Record<string, string | number | boolean | string[]>): Buffer {
  const body = Buffer.concat([Buffer.from([0xb1, signature]), packMap(fields)]);
  const header = Buffer.alloc(2);
  header.writeUInt16BE(body.length);
  return Buffer.concat([header, body, Buffer.from([0, 0])]);
}

export interface FakeBolt {
  uri: string;
  /** RUN messages received so far (answered or not). */
  runs: number;
  close(): Promise<void>;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startFakeBolt(options: { answerRuns?: number } = {}): Promise<FakeBolt> {
  const sockets = new Set<net.Socket>();
  const state = { runs: 0 };
  const answerRuns = options.answerRuns ?? 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    let handshaken = false;
    let pending = Buffer.alloc(0); // a message's chunks until the 0x0000 end marker
    let silent = false;
    socket.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!handshaken) {
        if (buffer.length < 20) return;
        if (buffer.readUInt32BE(0) !== MAGIC) return void socket.destroy();
        socket.write(Buffer.from([0, 0, 4, 4])); // Bolt 4.4
        buffer = buffer.subarray(20);
        handshaken = true;
      }
      for (;;) {
        if (buffer.length < 2) return;
        const size = buffer.readUInt16BE(0);
        if (buffer.length < 2 + size) return;
        const data = buffer.subarray(2, 2 + size);
        buffer = buffer.subarray(2 + size);
        if (size > 0) {
          pending = Buffer.concat([pending, data]);
          continue;
        }
        const signature = pending[1];
        pending = Buffer.alloc(0);
        if (signature === RUN) state.runs++;
        if (silent) continue;
        switch (signature) {
          case HELLO:
          case LOGON:
            socket.write(message(SUCCESS, { server: 'Neo4j/4.4.0', connection_id: 'bolt-fake' }));
            break;
          case GOODBYE:
            socket.end();
            break;
          case RUN:
            if (state.runs > answerRuns) {
              silent = true;
              break;
            }
            socket.write(message(SUCCESS, { fields: [], t_first: 0 }));
            break;
          case PULL:
            socket.write(message(SUCCESS, { has_more: false, t_last: 0, type: 'w' }));
            break;
          case COMMIT:
            socket.write(message(SUCCESS, { bookmark: 'fake:1' }));
            break;
          case RESET:
          case BEGIN:
          case ROLLBACK:
          default:
            socket.write(message(SUCCESS, {}));
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    get runs() {
      return state.runs;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
