// What both modes of `bench:exam` share: an HTTP client for the api, latency statistics, the
// 20-question quiz (seeded through the api as a trainer would), plausible answers, and the
// PostgreSQL commit ceiling.
import http from 'node:http';
import net from 'node:net';
import pg from 'pg';

/**
 * A port nothing listens on now. Helpers run their benches side by side: a fixed port would let
 * this bench's readiness check (and its requests) reach another run's api.
 */
export function freePort() {
  return new Promise((res, rej) => {
    const server = net.createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => res(port));
    });
  });
}

const safeJson = (s) => {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
};

/**
 * `request(method, path, token, body)` → `{status, ms, body}`; status 0 for a network error or no
 * answer within `timeoutMs` (the body then says which). Keep-alive sockets, at most `maxSockets`.
 */
export function apiClient({ port, maxSockets, timeoutMs = 120_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  function request(method, path, token, body) {
    return new Promise((res) => {
      const started = process.hrtime.bigint();
      const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent,
          timeout: timeoutMs,
          headers: {
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...(data
              ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) }
              : {}),
          },
        },
        (r) => {
          const chunks = [];
          r.on('data', (c) => chunks.push(c));
          r.on('end', () => {
            const ms = elapsed();
            // Parsed when first read: most answers (an autosave's 200) are never looked at, and at
            // thousands of requests a second the load generator shares the machine with the api.
            let body;
            res({
              status: r.statusCode,
              ms,
              get body() {
                if (body === undefined)
                  body = chunks.length ? safeJson(Buffer.concat(chunks).toString()) : null;
                return body;
              },
            });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', (err) => res({ status: 0, ms: elapsed(), body: String(err) }));
      // One write for headers and body: a separate body segment can wait on the peer's delayed ACK.
      req.end(data);
    });
  }
  return { request, destroy: () => agent.destroy() };
}

export function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const pct = (p) =>
    v.length ? +v[Math.min(v.length - 1, Math.floor((p / 100) * v.length))].toFixed(1) : null;
  return {
    count: v.length,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: v.length ? +v[v.length - 1].toFixed(1) : null,
  };
}

/** Twenty auto-graded questions of every auto-graded type. */
export function questions() {
  const kinds = [
    (i) => ({
      type: 'single_choice',
      prompt: `Q${i}: pick B`,
      content: {
        options: [
          { id: 'a', text: 'A', correct: false },
          { id: 'b', text: 'B', correct: true },
          { id: 'c', text: 'C', correct: false },
        ],
      },
    }),
    (i) => ({
      type: 'multiple_choice',
      prompt: `Q${i}: pick A and C`,
      content: {
        options: [
          { id: 'a', text: 'A', correct: true },
          { id: 'b', text: 'B', correct: false },
          { id: 'c', text: 'C', correct: true },
        ],
      },
    }),
    (i) => ({ type: 'true_false', prompt: `Q${i}: true?`, content: { correct: true } }),
    (i) => ({ type: 'short_answer', prompt: `Q${i}: say Erasmus`, content: { accepted: ['Erasmus'] } }),
    (i) => ({ type: 'numeric', prompt: `Q${i}: two`, content: { answers: [{ value: 2, tolerance: 0.1 }] } }),
    (i) => ({
      type: 'matching',
      prompt: `Q${i}: match`,
      content: {
        pairs: [
          { id: 'p1', prompt: 'one', match: '1' },
          { id: 'p2', prompt: 'two', match: '2' },
        ],
      },
    }),
    (i) => ({
      type: 'ordering',
      prompt: `Q${i}: order`,
      content: {
        items: [
          { id: 'x', text: 'X' },
          { id: 'y', text: 'Y' },
          { id: 'z', text: 'Z' },
        ],
      },
    }),
  ];
  return Array.from({ length: 20 }, (_, i) => kinds[i % kinds.length](i + 1));
}

/** A plausible answer for an item (right about two times in three). */
export function answerFor(item, n) {
  const right = n % 3 !== 0;
  switch (item.type) {
    case 'single_choice':
      return { optionId: right ? 'b' : 'a' };
    case 'multiple_choice':
      return { optionIds: right ? ['a', 'c'] : ['b'] };
    case 'true_false':
      return { value: right };
    case 'short_answer':
      return { text: right ? 'erasmus' : 'horizon' };
    case 'numeric':
      return { text: right ? '2' : '3' };
    case 'matching':
      return { matches: { p1: right ? '1' : '2', p2: right ? '2' : '1' } };
    case 'ordering':
      return { order: right ? ['x', 'y', 'z'] : ['z', 'y', 'x'] };
    default:
      return { text: 'x' };
  }
}

/** Single-row commits/s to PostgreSQL from `clients` connections, each committing back to back. */
export async function commitCeiling(url, clients, seconds = 5) {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(
    'CREATE TABLE IF NOT EXISTS bench_commits (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())',
  );
  await setup.end();
  let commits = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      while (Date.now() < deadline) {
        await c.query('INSERT INTO bench_commits DEFAULT VALUES');
        commits++;
      }
      await c.end();
    }),
  );
  return { clients, seconds, commitsPerSec: Math.round(commits / seconds) };
}

/** An organisation, its trainer and `learners` learners, straight into the database. */
export async function seedPeople(db, learners) {
  const {
    rows: [org],
  } = await db.query(
    `INSERT INTO organisations (name, country, city) VALUES ('Bench School', 'IT', 'Bologna') RETURNING id`,
  );
  const {
    rows: [trainer],
  } = await db.query(
    `INSERT INTO users (email, name, email_verified_at) VALUES ('trainer@bench.campus', 'Bench Trainer', now()) RETURNING id`,
  );
  await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'trainer')`, [
    trainer.id,
    org.id,
  ]);
  const { rows } = await db.query(
    `INSERT INTO users (email, name, email_verified_at)
     SELECT 'learner' || g || '@bench.campus', 'Learner ' || g, now() FROM generate_series(1, $1) g RETURNING id`,
    [learners],
  );
  await db.query(
    `INSERT INTO memberships (user_id, organisation_id, role) SELECT u, $2, 'learner' FROM unnest($1::uuid[]) u`,
    [rows.map((l) => l.id), org.id],
  );
  return { org, trainer, learners: rows };
}

/**
 * The course, its 20 questions and the quiz (one attempt, 60 minutes, shuffled), through the api as
 * a trainer would; published, with every learner enrolled. Returns the quiz id.
 */
export async function seedQuiz({ db, request, trainerToken, org, learners }) {
  const course = await request('POST', `/api/orgs/${org.id}/courses`, trainerToken, {
    title: 'Exam rush',
    slug: 'exam-rush',
    language: 'en',
  });
  const mod = await request('POST', `/api/authoring/courses/${course.body.id}/modules`, trainerToken, {
    title: 'Exam',
  });
  const slots = [];
  for (const q of questions()) {
    const res = await request('POST', `/api/authoring/courses/${course.body.id}/questions`, trainerToken, q);
    if (res.status !== 201) throw new Error(`question: ${res.status} ${JSON.stringify(res.body)}`);
    slots.push({ questionId: res.body.id });
  }
  const withQuiz = await request(
    'POST',
    `/api/authoring/modules/${mod.body.modules[0].id}/quizzes`,
    trainerToken,
    {
      title: 'Final exam',
      settings: {
        attemptsAllowed: 1,
        timeLimitMinutes: 60,
        shuffleQuestions: true,
        shuffleOptions: true,
        slots,
      },
    },
  );
  const quizId = withQuiz.body.modules[0].lessons[0].quizId;
  await request('POST', `/api/authoring/courses/${course.body.id}/publish`, trainerToken);
  await db.query(
    `INSERT INTO enrolments (user_id, course_id, source) SELECT u, $2, 'manager' FROM unnest($1::uuid[]) u`,
    [learners.map((l) => l.id), course.body.id],
  );
  return quizId;
}

/**
 * Waits (at most `timeoutMs`) until every accepted attempt is graded, then reads how grading went:
 * graded, lost (accepted, never graded), double-graded (auto-graded more than once), submit→graded
 * latencies and the seconds from the last submit to the last grade.
 */
export async function gradingOutcome(db, accepted, timeoutMs) {
  let graded = 0;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM quiz_attempts WHERE id = ANY($1::uuid[]) AND status = 'graded'`,
      [accepted],
    );
    graded = rows[0].n;
    if (graded === accepted.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const { rows: timing } = await db.query(
    `SELECT extract(epoch FROM graded_at - submitted_at) * 1000 AS ms, auto_gradings FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
    [accepted],
  );
  const {
    rows: [{ last_graded: lastGraded, last_submitted: lastSubmitted }],
  } = await db.query(
    `SELECT max(graded_at) AS last_graded, max(submitted_at) AS last_submitted FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
    [accepted],
  );
  return {
    graded,
    lost: accepted.length - graded,
    doubleGraded: timing.filter((r) => r.auto_gradings > 1).length,
    submitToGradedMs: stats(timing.filter((r) => r.ms !== null).map((r) => Number(r.ms))),
    lastGradedAfterLastSubmitSeconds:
      lastGraded && lastSubmitted ? +((lastGraded - lastSubmitted) / 1000).toFixed(2) : null,
  };
}
