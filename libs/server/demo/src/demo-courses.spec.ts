import { CreateCourseRequest, CreateLessonRequest, CreateModuleRequest } from '@campus/contracts';
import { DEMO_ORGANISATIONS } from './demo-data';
import { DEMO_COURSES, positionedModules, unwrapMarkdown, type DemoCourse } from './demo-courses';

/** The slug rule of the contracts (CreateCourseRequest), checked on its own for a clear failure. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const course = (slug: string): DemoCourse => {
  const found = DEMO_COURSES.find((c) => c.slug === slug);
  if (!found) throw new Error(`No demo course ${slug}`);
  return found;
};
const lessonsOf = (c: DemoCourse) => c.modules.flatMap((m) => m.lessons);
const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('demo courses', () => {
  it('has an English course on setting up an International Office and a shorter Italian one', () => {
    const en = course('setting-up-an-international-office');
    expect(en.language).toBe('en');
    expect(en.eqfLevel).toBe(5);
    expect(en.modules.length).toBeGreaterThanOrEqual(3);
    expect(lessonsOf(en).length).toBeGreaterThanOrEqual(8);

    const it = course('mobilita-del-personale-in-breve');
    expect(it.language).toBe('it');
    expect(it.eqfLevel).toBe(4);
    expect(lessonsOf(it).length).toBeGreaterThanOrEqual(3);
    expect(lessonsOf(it).length).toBeLessThan(lessonsOf(en).length);
  });

  it('has unique slugs that the contracts accept', () => {
    const slugs = DEMO_COURSES.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG);
  });

  it.each(DEMO_COURSES.map((c) => [c.slug, c] as const))('%s passes the create-course contracts', (_, c) => {
    const { organisation: _o, createdByEmail: _e, modules, ...fields } = c;
    expect(CreateCourseRequest.safeParse(fields).error?.issues).toBeUndefined();
    for (const m of modules) {
      expect(CreateModuleRequest.safeParse({ title: m.title }).error?.issues).toBeUndefined();
      for (const l of m.lessons) expect(CreateLessonRequest.safeParse(l).error?.issues).toBeUndefined();
    }
  });

  it.each(DEMO_COURSES.map((c) => [c.slug, c] as const))('%s is owned and written by demo people', (_, c) => {
    const org = DEMO_ORGANISATIONS.find(
      (o) => o.name === c.organisation.name && o.country === c.organisation.country,
    );
    expect(org).toBeDefined();
    expect(org?.people.find((p) => p.email === c.createdByEmail)?.role).toBe('trainer');
  });

  it.each(DEMO_COURSES.map((c) => [c.slug, c] as const))(
    '%s has learning outcomes, topics and a summary',
    (_, c) => {
      expect(c.learningOutcomes.length).toBeGreaterThanOrEqual(3);
      for (const o of c.learningOutcomes) expect(o.trim()).not.toBe('');
      expect(c.topics.length).toBeGreaterThan(0);
      for (const t of c.topics) expect(t).toBe(t.toLowerCase());
      expect(c.summary.trim().length).toBeGreaterThan(50);
      expect(c.workloadHours).toBeGreaterThan(0);
    },
  );

  it.each(DEMO_COURSES.map((c) => [c.slug, c] as const))(
    '%s numbers modules and lessons uniquely from 1',
    (_, c) => {
      const modules = positionedModules(c);
      expect(modules.map((m) => m.position)).toEqual(modules.map((_m, i) => i + 1));
      for (const m of modules) {
        expect(m.lessons.map((l) => l.position)).toEqual(m.lessons.map((_l, i) => i + 1));
        expect(new Set(m.lessons.map((l) => l.title)).size).toBe(m.lessons.length);
      }
      expect(new Set(modules.map((m) => m.title)).size).toBe(modules.length);
    },
  );

  it.each(DEMO_COURSES.flatMap((c) => lessonsOf(c).map((l) => [c.slug, l.title, l] as const)))(
    '%s / %s is a Markdown page without HTML or links',
    (_, _t, lesson) => {
      expect(lesson.kind).toBe('page');
      expect(lesson.body.trim()).not.toBe('');
      expect(lesson.body).toMatch(/^## \S/m);
      expect(lesson.body).toMatch(/^(- |\d+\. )\S/m);
      expect(lesson.body).not.toMatch(/<script/i);
      expect(lesson.body).not.toMatch(/<\/?[a-z][a-z0-9-]*[\s/>]/i);
      expect(lesson.body).not.toMatch(/https?:\/\//);
      expect(lesson.body).not.toMatch(/\$\{|`/);
    },
  );

  it('gives the English lessons a substantial but readable length', () => {
    for (const l of lessonsOf(course('setting-up-an-international-office'))) {
      expect({ title: l.title, ok: words(l.body) >= 250 && words(l.body) <= 650 }).toEqual({
        title: l.title,
        ok: true,
      });
    }
  });

  it('makes one or two lessons of the English course optional, never the first', () => {
    const lessons = lessonsOf(course('setting-up-an-international-office'));
    const optional = lessons.filter((l) => !l.required);
    expect(optional.length).toBeGreaterThanOrEqual(1);
    expect(optional.length).toBeLessThanOrEqual(2);
    expect(lessons[0].required).toBe(true);
  });
});

describe('unwrapMarkdown', () => {
  it('joins wrapped paragraph and list-item lines, keeping headings, lists and blank lines', () => {
    const source = `
## A heading
First line of a
paragraph.

- an item that
  goes on
- another item
1. one
2. two
> a quote
`;
    expect(unwrapMarkdown(source)).toBe(
      [
        '## A heading',
        'First line of a paragraph.',
        '',
        '- an item that goes on',
        '- another item',
        '1. one',
        '2. two',
        '> a quote',
      ].join('\n'),
    );
  });
});
