import { toSearchQuery } from './library-filters';

const none = { q: '', locale: '', topic: '', audience: '', kind: '' };

describe('toSearchQuery', () => {
  it('sends only the filters that are set, with the topic in lower case', () => {
    expect(toSearchQuery({ ...none, q: ' agreement ', topic: ' Mobility ', kind: 'template' }, 2)).toEqual({
      q: 'agreement',
      locale: undefined,
      topic: 'mobility',
      audience: undefined,
      kind: 'template',
      page: 2,
    });
  });

  it('drops values a shared link may carry that the API would refuse', () => {
    const q = toSearchQuery({ ...none, locale: 'xx', audience: 'everyone', kind: 'poster' }, 1);
    expect(q).toMatchObject({ locale: undefined, audience: undefined, kind: undefined });
    expect(toSearchQuery({ ...none, locale: 'el', audience: 'teachers' }, 1)).toMatchObject({
      locale: 'el',
      audience: 'teachers',
    });
  });
});
