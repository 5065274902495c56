import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { api, ApiError, NETWORK_ERROR } from '../../../api';
import { learner } from '../lib/logbook.fixtures';
import { uploadWithProgress } from './evidence-upload';

/**
 * A real HTTP server on a free port stands in for the API's evidence route; jsdom's
 * XMLHttpRequest talks to it across origins, hence the CORS answers.
 */
interface Received {
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];
let answer: { status: number; body: unknown } = { status: 201, body: {} };

const cors = {
  'Access-Control-Allow-Origin': 'http://localhost',
  'Access-Control-Allow-Headers': 'authorization, accept',
  'Access-Control-Allow-Methods': 'POST',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    void readBody(req).then((body) => {
      received.push({
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      });
      res
        .writeHead(answer.status, { ...cors, 'Content-Type': 'application/json' })
        .end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
  api.setSession({
    accessToken: 'access-token-1',
    expiresIn: 900,
    user: learner,
  });
});

const photo = () => new File([new Uint8Array(200_000).fill(65)], 'workshop.jpg', { type: 'image/jpeg' });

describe('uploadWithProgress', () => {
  // jsdom sends multipart bodies without a length, so its progress events are not computable:
  // the progress itself shows only in a real browser.
  it('sends the file as multipart with the bearer token and returns the answer', async () => {
    answer = {
      status: 201,
      body: {
        evidenceId: 'e1',
        id: 'f1',
        name: 'workshop.jpg',
        contentType: 'image/jpeg',
        size: 200_000,
        url: '/f',
      },
    };

    const result = await uploadWithProgress('/me/mobilities/m1/logbook/l1/evidence', photo(), { baseUrl });

    expect(result).toEqual(answer.body);
    const [req] = received;
    expect(req.authorization).toBe('Bearer access-token-1');
    expect(req.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.body).toContain('name="file"; filename="workshop.jpg"');
    expect(req.body).toContain('A'.repeat(200_000));
  });

  it('rejects with the problem the API answers, e.g. a type it does not accept', async () => {
    answer = {
      status: 415,
      body: {
        type: 'about:blank',
        title: 'Unsupported',
        status: 415,
        code: 'UNSUPPORTED_FILE_TYPE',
        detail: 'No SVG',
      },
    };
    const error = await uploadWithProgress('/x', photo(), { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE', detail: 'No SVG' });
  });

  it('says the network failed when Campus cannot be reached', async () => {
    const error = await uploadWithProgress('/x', photo(), { baseUrl: 'http://127.0.0.1:9/api' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ status: 0, code: NETWORK_ERROR });
  });
});
