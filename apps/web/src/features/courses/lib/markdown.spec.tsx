import { render, screen } from '@testing-library/react';
import { Markdown } from './markdown';

function html(source: string, headingOffset?: number): HTMLElement {
  return render(<Markdown source={source} headingOffset={headingOffset} />).container;
}

describe('Markdown', () => {
  it('renders headings one level below the page by default, up to h6', () => {
    const c = html('# One\n\n###### Six');
    expect(c.querySelector('h2')).toHaveTextContent('One');
    expect(c.querySelector('h6')).toHaveTextContent('Six');
    expect(html('## Two', 0).querySelector('h2')).toHaveTextContent('Two');
  });

  it('joins the lines of a paragraph and separates paragraphs by blank lines', () => {
    const c = html('first line\nsecond line\n\nnext paragraph');
    const ps = c.querySelectorAll('p');
    expect([...ps].map((p) => p.textContent)).toEqual(['first line second line', 'next paragraph']);
  });

  it('renders unordered and ordered lists', () => {
    const c = html('- apples\n* pears\n\n1. first\n2) second');
    expect([...c.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual(['apples', 'pears']);
    expect([...c.querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(['first', 'second']);
  });

  it('renders blockquotes with their own blocks', () => {
    const c = html('> quoted **words**\n> - item');
    const quote = c.querySelector('blockquote');
    expect(quote?.querySelector('p strong')).toHaveTextContent('words');
    expect(quote?.querySelector('ul li')).toHaveTextContent('item');
  });

  it('renders bold, italic and code, nested', () => {
    const c = html('**bold, *italic* inside** and _em_ and `x < y`');
    expect(c.querySelector('strong')).toHaveTextContent('bold, italic inside');
    expect(c.querySelector('strong em')).toHaveTextContent('italic');
    expect([...c.querySelectorAll('em')].map((e) => e.textContent)).toContain('em');
    expect(c.querySelector('code')).toHaveTextContent('x < y');
  });

  it('links http(s) URLs to a new tab without an opener', () => {
    render(<Markdown source="See [the guide](https://example.org/guide) now." />);
    const link = screen.getByRole('link', { name: 'the guide' });
    expect(link).toHaveAttribute('href', 'https://example.org/guide');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders other links as their text only', () => {
    const c = html('[x](javascript:alert(1)) [y](data:text/html,hi) [z](/relative)');
    expect(c.querySelector('a')).toBeNull();
    expect(c.textContent).toContain('x');
    expect(c.textContent).not.toContain('javascript:');
  });

  it('never passes HTML through', () => {
    const c = html('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(c.querySelector('script')).toBeNull();
    expect(c.querySelector('img')).toBeNull();
    expect(c.querySelector('p')).toHaveTextContent('<script>alert(1)</script>');
    expect(c.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('keeps unmatched markers as text', () => {
    expect(html('2 * 3 = 6 and a ** b').textContent).toBe('2 * 3 = 6 and a ** b');
  });

  describe('images', () => {
    const id = '3f0c2b7e-9a41-4c1d-8e55-0b6f2d9a7c13';
    const images = { [id]: 'https://files.example/signed/3f0c?sig=abc' };

    it("renders an uploaded image from the lesson's map of signed URLs, with its alt text", () => {
      render(<Markdown source={`Look:\n\n![The office at work](file:${id})`} images={images} />);
      const img = screen.getByRole('img', { name: 'The office at work' });
      expect(img).toHaveAttribute('src', images[id]);
    });

    it('accepts the id in upper case and inside other inline markup', () => {
      render(<Markdown source={`**See ![Plan](file:${id.toUpperCase()})**`} images={images} />);
      expect(screen.getByRole('img', { name: 'Plan' }).closest('strong')).not.toBeNull();
    });

    it('renders an image whose id is not in the map as its alt text', () => {
      const c = render(
        <Markdown source="![Missing picture](file:00000000-0000-4000-8000-000000000000)" images={images} />,
      ).container;
      expect(c.querySelector('img')).toBeNull();
      expect(c.textContent).toBe('Missing picture');
    });

    it('never loads images from other URLs, whatever their scheme', () => {
      const c = html(
        '![remote](https://evil.example/x.png) ![data](data:image/png;base64,AAAA) ![js](javascript:void)',
      );
      expect(c.querySelector('img')).toBeNull();
      expect(c.textContent).toBe('remote data js');
    });

    it('does not let an image rule turn into a link', () => {
      const c = html(`![x](file:${id})`);
      expect(c.querySelector('a')).toBeNull();
      expect(c.querySelector('img')).toBeNull();
      expect(c.textContent).toBe('x');
    });
  });
});
