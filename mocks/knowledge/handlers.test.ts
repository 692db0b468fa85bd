import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../node';
import { knowledgeHandlersFor } from './handlers';
import { testCorpus } from './test-corpus';

const api = (path: string, init?: RequestInit) =>
  fetch(`http://localhost/api/knowledge/v1${path}`, init);

beforeEach(() => {
  server.use(...knowledgeHandlersFor(testCorpus));
});

describe('knowledge backend', () => {
  it('pages through the documents with a cursor, without bodies', async () => {
    const first = await (await api('/documents?limit=2')).json();
    expect(first.documents.map((d: { id: string }) => d.id)).toEqual([
      'perifer-venkateter-pvk',
      'pvk-norrbacka',
    ]);
    expect(first.documents[0]).not.toHaveProperty('body');
    expect(first.total).toBe(5);
    const second = await (await api(`/documents?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.documents.map((d: { id: string }) => d.id)).toEqual([
      'pvk-sjodal',
      'trycksar-patientinformation',
    ]);
    const last = await (await api(`/documents?limit=2&cursor=${second.nextCursor}`)).json();
    expect(last.documents.map((d: { id: string }) => d.id)).toEqual(['waran-dosering']);
    expect(last.nextCursor).toBeNull();
    expect((await api('/documents?limit=0')).status).toBe(400);
  });

  it('serves the current version with its source and an ETag, and 304 when unchanged', async () => {
    const response = await api('/documents/perifer-venkateter-pvk');
    expect(response.status).toBe(200);
    const etag = response.headers.get('ETag');
    expect(etag).toBe('"perifer-venkateter-pvk@3"');
    const body = await response.json();
    expect(body.document.version).toBe(3);
    expect(body.document).not.toHaveProperty('history');
    expect(body.source.id).toBe('handbok-vard-omsorg');

    const again = await api('/documents/perifer-venkateter-pvk', {
      headers: { 'If-None-Match': etag! },
    });
    expect(again.status).toBe(304);
  });

  it('lists the versions and serves an earlier one', async () => {
    const { versions } = await (await api('/documents/perifer-venkateter-pvk/versions')).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(versions[1]).toEqual({
      version: 2,
      updated: '2024-05-02',
      changeNote: 'Nytt avsnitt om komplikationer',
      current: false,
    });
    const { document } = await (await api('/documents/perifer-venkateter-pvk/versions/1')).json();
    expect(document).toMatchObject({
      version: 1,
      updated: '2023-02-01',
      title: 'Perifer venkateter',
    });
    expect((await api('/documents/perifer-venkateter-pvk/versions/7')).status).toBe(404);
  });

  it('answers 404 with a Swedish message for an unknown id', async () => {
    const response = await api('/documents/finns-inte');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'document_not_found',
        message:
          'Det finns ingen text med id "finns-inte". Den kan ha tagits bort eller fått en ny adress.',
      },
    });
  });

  it("serves a region's additions to a document", async () => {
    const body = await (
      await api('/regions/sjodal/additions?addsTo=perifer-venkateter-pvk')
    ).json();
    expect(body.region).toEqual({ id: 'sjodal', name: 'Region Sjödal' });
    expect(body.additions.map((d: { id: string }) => d.id)).toEqual(['pvk-sjodal']);
    expect((await api('/regions/atlantis/additions')).status).toBe(404);
  });

  it('lists recently updated national texts and the chosen region’s own, newest first', async () => {
    const national = await (await api('/recent?limit=3')).json();
    expect(national.documents.map((d: { id: string }) => d.id)).toEqual([
      'perifer-venkateter-pvk',
      'trycksar-patientinformation',
      'waran-dosering',
    ]);
    const withRegion = await (await api('/recent?region=sjodal&limit=10')).json();
    expect(withRegion.documents.map((d: { id: string }) => d.id)).toContain('pvk-sjodal');
    expect(withRegion.documents.map((d: { id: string }) => d.id)).not.toContain('pvk-norrbacka');
  });
});
