import { Fragment, type ReactNode } from 'react';

/**
 * A small, safe Markdown renderer: it builds React elements and never passes HTML through, so
 * `<script>` in a lesson stays text. Supported: headings, paragraphs, lists, blockquotes, **bold**,
 * *italic*, `code`, links to http(s) URLs only (other links render as their text) and images
 * uploaded to Campus, `![alt](file:<id>)`, only when `images` holds the id's (signed) URL: any other
 * image renders as its alt text, so a lesson never loads pictures from elsewhere.
 */
export interface MarkdownProps {
  source: string;
  /** Added to every heading level so that `#` sits below the page's own h1 (default 1: `#` → h2). */
  headingOffset?: number;
  /** Signed URLs of uploaded images by file id (the lesson's `images`). */
  images?: Readonly<Record<string, string>>;
}

/** The URLs images may come from; none by default. */
export type ImageUrls = Readonly<Record<string, string>>;
const NO_IMAGES: ImageUrls = {};

type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'quote'; blocks: Block[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;

function startsBlock(line: string): boolean {
  return HEADING.test(line) || QUOTE.test(line) || BULLET.test(line) || NUMBERED.test(line);
}

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1].length, text: heading[2] });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]))
        inner.push((QUOTE.exec(lines[i++]) as RegExpExecArray)[1]);
      blocks.push({ type: 'quote', blocks: parseBlocks(inner.join('\n')) });
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const pattern = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length && lines[i].trim() !== '') {
        const item = pattern.exec(lines[i]);
        if (item) items.push(item[1]);
        else if (startsBlock(lines[i])) break;
        else items[items.length - 1] += ` ${lines[i].trim()}`;
        i++;
      }
      blocks.push({ type: 'list', ordered, items });
      continue;
    }
    const text: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && !startsBlock(lines[i])) text.push(lines[i++].trim());
    blocks.push({ type: 'paragraph', text: text.join(' ') });
  }
  return blocks;
}

const SAFE_URL = /^https?:\/\/[^\s]+$/i;
const FILE_IMAGE = /^file:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Inline markup: `code`, **bold**, *italic* / _italic_, [text](http(s) url) and ![alt](file:id)
 * (an uploaded image in `images`). Everything else is text.
 */
export function renderInline(text: string, keyPrefix = 'i', images: ImageUrls = NO_IMAGES): ReactNode[] {
  const out: ReactNode[] = [];
  let plain = '';
  let i = 0;
  const flush = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  const key = () => `${keyPrefix}-${out.length}`;
  while (i < text.length) {
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^`([^`]+)`/.exec(rest))) {
      flush();
      out.push(<code key={key()}>{m[1]}</code>);
    } else if ((m = /^\*\*(?=\S)([\s\S]*?\S)\*\*/.exec(rest)) || (m = /^__(?=\S)([\s\S]*?\S)__/.exec(rest))) {
      flush();
      const k = key();
      out.push(<strong key={k}>{renderInline(m[1], k, images)}</strong>);
    } else if ((m = /^\*(?=\S)([^*]*?\S)\*/.exec(rest)) || (m = /^_(?=\S)([^_]*?\S)_/.exec(rest))) {
      flush();
      const k = key();
      out.push(<em key={k}>{renderInline(m[1], k, images)}</em>);
    } else if ((m = /^!\[([^\]]*)\]\(\s*([^)\s]*)\s*\)/.exec(rest))) {
      flush();
      const id = FILE_IMAGE.exec(m[2])?.[1].toLowerCase();
      const src = id !== undefined && Object.hasOwn(images, id) ? images[id] : undefined;
      // An image that is not one of the lesson's uploads stays its alt text: never a foreign URL.
      out.push(src ? <img key={key()} src={src} alt={m[1]} loading="lazy" /> : m[1]);
    } else if ((m = /^\[([^\]]*)\]\(\s*([^)\s]*)\s*\)/.exec(rest))) {
      flush();
      const k = key();
      const label = renderInline(m[1], k, images);
      out.push(
        SAFE_URL.test(m[2]) ? (
          <a key={k} href={m[2]} target="_blank" rel="noopener noreferrer">
            {label}
          </a>
        ) : (
          <Fragment key={k}>{label}</Fragment>
        ),
      );
    } else {
      plain += text[i];
      i++;
      continue;
    }
    i += m[0].length;
  }
  flush();
  return out;
}

function renderBlocks(blocks: Block[], offset: number, prefix: string, images: ImageUrls): ReactNode[] {
  return blocks.map((b, n) => {
    const key = `${prefix}${n}`;
    switch (b.type) {
      case 'heading': {
        const Tag = `h${Math.min(6, b.level + offset)}` as 'h2';
        return <Tag key={key}>{renderInline(b.text, key, images)}</Tag>;
      }
      case 'paragraph':
        return <p key={key}>{renderInline(b.text, key, images)}</p>;
      case 'list': {
        const List = b.ordered ? 'ol' : 'ul';
        return (
          <List key={key}>
            {b.items.map((item, j) => (
              <li key={j}>{renderInline(item, `${key}-${j}`, images)}</li>
            ))}
          </List>
        );
      }
      case 'quote':
        return <blockquote key={key}>{renderBlocks(b.blocks, offset, `${key}-`, images)}</blockquote>;
    }
  });
}

export function Markdown({ source, headingOffset = 1, images = NO_IMAGES }: MarkdownProps) {
  return <div className="ui-prose">{renderBlocks(parseBlocks(source), headingOffset, 'b', images)}</div>;
}
