import { Disclosure } from '@/components';
import type { ArticleHeading } from '../lib/article-html';
import { useSidePanel } from './use-side-panel';

type TocLink = { id: string; text: string };

/** One line of the contents with its subsections; `regional` marks the region's own section. */
export type TocEntry = TocLink & { children: TocLink[]; regional?: boolean };

function nest(headings: ArticleHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.level === 3 && parent) parent.children.push(heading);
    else entries.push({ id: heading.id, text: heading.text, children: [] });
  }
  return entries;
}

/**
 * The article's h2/h3 headings as in-page links, then the sections after the text (`after`,
 * such as the chosen region's addition). Beside the text on a wide screen; folded above it on a
 * narrow one.
 */
export function TableOfContents({
  headings,
  after = [],
}: {
  headings: ArticleHeading[];
  after?: TocEntry[];
}) {
  const panel = useSidePanel();
  const entries = [...nest(headings), ...after];
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="article-toc">
      <Disclosure
        className="article-panel"
        summary={
          <>
            <span id="toc-heading">Innehåll</span>
            <span className="article-panel__peek">
              {entries.length === 1 ? '1 avsnitt' : `${entries.length} avsnitt`}
            </span>
          </>
        }
        {...panel}
      >
        <ol>
          {entries.map((entry) => (
            <li key={entry.id} className={entry.regional ? 'article-toc__regional' : undefined}>
              <a href={`#${entry.id}`}>{entry.text}</a>
              {entry.children.length > 0 && (
                <ol>
                  {entry.children.map((child) => (
                    <li key={child.id}>
                      <a href={`#${child.id}`}>{child.text}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </Disclosure>
    </nav>
  );
}
