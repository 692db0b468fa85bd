/**
 * npm run search -- --data <dir> --query "<text>" [--filter <facet>=<value> ...] [--limit <n>]
 *                   [--sort relevance|updated] [--now YYYY-MM-DD] [--json]
 *
 * Searches a knowledge folder (sources.json + *.ndjson) with the same engine as the app. The
 * query may also be given as the first bare argument; --corpus and --facet are aliases.
 * Exits 1 with the validator's `file:line field: message` lines when a document is bad, and
 * 2 on a wrong command line.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FACET_KEYS } from '../../src/features/search/engine/types';
import type { FacetKey, FacetSelection, SearchSort } from '../../src/features/search/engine/types';
import { CorpusError, indexFolder } from './load-index';

export type CliOptions = {
  data: string;
  query: string;
  filters: FacetSelection;
  limit: number;
  sort: SearchSort;
  now?: string;
  json: boolean;
};

export class UsageError extends Error {}

const DEFAULT_DATA = join(
  fileURLToPath(new URL('.', import.meta.url)),
  '..',
  '..',
  'mocks',
  'data',
  'knowledge',
);

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    data: DEFAULT_DATA,
    query: '',
    filters: {},
    limit: 10,
    sort: 'relevance',
    json: false,
  };
  const filters: Partial<Record<FacetKey, string[]>> = {};
  let queryGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} behöver ett värde`);
      return next;
    };
    switch (arg) {
      case '--data':
      case '--corpus':
        options.data = resolve(value());
        break;
      case '--query':
      case '-q':
        options.query = value();
        queryGiven = true;
        break;
      case '--filter':
      case '--facet': {
        const pair = value();
        const [key, ...rest] = pair.split('=');
        const facetValue = rest.join('=');
        if (!FACET_KEYS.includes(key as FacetKey) || facetValue === '') {
          throw new UsageError(
            `Okänt filter "${pair}". Skriv <facett>=<värde>, där facett är en av: ${FACET_KEYS.join(', ')}`,
          );
        }
        (filters[key as FacetKey] ??= []).push(facetValue);
        break;
      }
      case '--limit': {
        const limit = Number(value());
        if (!Number.isInteger(limit) || limit < 1)
          throw new UsageError('--limit ska vara ett heltal ≥ 1');
        options.limit = limit;
        break;
      }
      case '--sort': {
        const sort = value();
        if (sort !== 'relevance' && sort !== 'updated') {
          throw new UsageError('--sort ska vara relevance eller updated');
        }
        options.sort = sort;
        break;
      }
      case '--now':
        options.now = value();
        break;
      case '--json':
        options.json = true;
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`Okänd flagga ${arg}`);
        if (queryGiven) throw new UsageError(`Bara en sökfråga, fick även "${arg}"`);
        options.query = arg;
        queryGiven = true;
    }
  }
  options.filters = filters;
  return options;
}

export type CliOutput = {
  total: number;
  hits: { id: string; title: string; source: string; snippet: string }[];
  facets: Record<string, Record<string, number>>;
  didYouMean: string | null;
};

export async function runSearch(options: CliOptions): Promise<CliOutput> {
  const index = await indexFolder(options.data);
  const response = index.search({
    query: options.query,
    filters: options.filters,
    limit: options.limit,
    sort: options.sort,
    prefix: false,
    now: options.now,
  });
  const facets: CliOutput['facets'] = {};
  for (const key of FACET_KEYS) {
    facets[key] = Object.fromEntries(response.facets[key].map((v) => [v.value, v.count]));
  }
  return {
    total: response.total,
    hits: response.hits.map((hit) => ({
      id: hit.id,
      title: hit.title,
      source: hit.source.id,
      snippet: hit.snippet,
    })),
    facets,
    didYouMean: response.didYouMean,
  };
}

function plain(snippet: string): string {
  return snippet
    .replace(/<mark>/g, '[')
    .replace(/<\/mark>/g, ']')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function formatText(output: CliOutput): string {
  const lines = [`${output.total} träffar`];
  if (output.didYouMean) lines.push(`Menade du: ${output.didYouMean}?`);
  output.hits.forEach((hit, i) => {
    lines.push(
      '',
      `${i + 1}. ${hit.title}  (${hit.id}, ${hit.source})`,
      `   ${plain(hit.snippet)}`,
    );
  });
  lines.push('', 'Facetter:');
  for (const [facet, values] of Object.entries(output.facets)) {
    const list = Object.entries(values)
      .map(([value, count]) => `${value} ${count}`)
      .join(', ');
    lines.push(`  ${facet}: ${list || '–'}`);
  }
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    const output = await runSearch(options);
    process.stdout.write(
      (options.json ? JSON.stringify(output, null, 2) : formatText(output)) + '\n',
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof CorpusError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
