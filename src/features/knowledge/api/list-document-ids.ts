import { z } from 'zod/mini';
import { apiRequest } from '@/lib/http-client';
import { KNOWLEDGE_API } from './knowledge-api';

const documentPageSchema = z.object({
  documents: z.array(z.object({ id: z.string() })),
  nextCursor: z.nullable(z.string()),
});

/** Every published text's id, page by page (the build prerenders a page for each). */
export async function listDocumentIds(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: URLSearchParams = new URLSearchParams({
      limit: '200',
      ...(cursor ? { cursor } : {}),
    });
    const page: z.infer<typeof documentPageSchema> = await apiRequest(
      `${KNOWLEDGE_API}/documents?${query}`,
      documentPageSchema,
    );
    ids.push(...page.documents.map((doc) => doc.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}
