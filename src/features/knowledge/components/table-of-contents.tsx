import type { ArticleHeading } from '../lib/article-html';

type TocEntry = ArticleHeading & { children: ArticleHeading[] };

function nest(headings: ArticleHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.level === 3 && parent) parent.children.push(heading);
    else entries.push({ ...heading, children: [] });
  }
  return entries;
}

/** The article's h2/h3 headings as in-page links. */
export function TableOfContents({ headings }: { headings: ArticleHeading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav aria-labelledby="toc-heading" className="article-toc">
      <h2 id="toc-heading" className="article-side__heading">
        Innehåll
      </h2>
      <ol>
        {nest(headings).map((entry) => (
          <li key={entry.id}>
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
    </nav>
  );
}
