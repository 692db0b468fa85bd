import { describe, expect, it } from 'vitest';
import { PDF_BYTES, PNG_BYTES } from '../testing';
import { readAttachment } from './attachments';
import { declaredType, sniffType } from './file-types';
import { validateDraft } from './validate-draft';
import { emptyDraft } from './draft';

const JPEG_BYTES = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const file = (bytes: Uint8Array | number, name: string, type: string) =>
  new File(
    [(typeof bytes === 'number' ? new Uint8Array(bytes).fill(0x25) : bytes) as BlobPart],
    name,
    {
      type,
    },
  );

describe('attachment type sniffing', () => {
  it('recognises PDF, JPEG and PNG by their first bytes, and nothing else', () => {
    expect(sniffType(PDF_BYTES)).toBe('application/pdf');
    expect(sniffType(JPEG_BYTES)).toBe('image/jpeg');
    expect(sniffType(PNG_BYTES)).toBe('image/png');
    expect(sniffType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });

  it('takes the declared type from the MIME type, else from the extension', () => {
    expect(declaredType('a.PDF', '')).toBe('application/pdf');
    expect(declaredType('a.jpeg', '')).toBe('image/jpeg');
    expect(declaredType('a.pdf', 'text/html')).toBe('text/html');
    expect(declaredType('a', '')).toBe('application/octet-stream');
  });
});

describe('attaching a file', () => {
  it('accepts a PDF whose content is PDF', async () => {
    const result = await readAttachment(file(PDF_BYTES, 'plan.pdf', 'application/pdf'), []);
    expect(result).toMatchObject({
      ok: true,
      meta: { fileName: 'plan.pdf', contentType: 'application/pdf', size: PDF_BYTES.length },
    });
  });

  it.each([
    [
      () => file(PDF_BYTES, 'sida.html', 'text/html'),
      'Filen ”sida.html” kan inte bifogas: filtypen är inte tillåten. Bifoga PDF, JPEG eller PNG.',
    ],
    [
      () => file(PDF_BYTES, 'bild.png', 'image/png'),
      'Innehållet i filen ”bild.png” är inte PNG som filtypen säger. Filen kan vara skadad eller ha fel filändelse.',
    ],
    [
      () => file(new TextEncoder().encode('MZ\x90'), 'program.pdf', ''),
      'Innehållet i filen ”program.pdf” är inte PDF som filtypen säger. Filen kan vara skadad eller ha fel filändelse.',
    ],
    [
      () => file(3 * 1024 * 1024, 'stor.pdf', 'application/pdf'),
      'Filen ”stor.pdf” är för stor (3 MB). En fil får vara högst 2 MB.',
    ],
    [() => file(0, 'tom.pdf', 'application/pdf'), 'Filen ”tom.pdf” är tom.'],
  ])('refuses a bad file with a clear message (%#)', async (chosen, message) => {
    expect(await readAttachment(chosen(), [])).toEqual({ ok: false, message });
  });

  it('refuses a file that would take the attachments over the total', async () => {
    const attached = [
      {
        id: '1',
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        size: 2 * 1024 * 1024,
        local: false,
      },
      {
        id: '2',
        fileName: 'b.pdf',
        contentType: 'application/pdf',
        size: 1.5 * 1024 * 1024,
        local: false,
      },
    ];
    const result = await readAttachment(file(PNG_BYTES, 'c.png', 'image/png'), attached);
    expect(result).toMatchObject({ ok: true });
    const big = await readAttachment(file(1024 * 1024, 'd.pdf', 'application/pdf'), attached);
    expect(big).toEqual({
      ok: false,
      message:
        'Filen ”d.pdf” får inte plats: bilagorna får vara högst 4 MB tillsammans (med den här filen 4,5 MB).',
    });
  });
});

describe('checking a draft before sending', () => {
  it('names every missing part in Swedish', () => {
    const draft = emptyDraft({ id: 'x', mailboxId: 'y', conversationId: null });
    expect(validateDraft({ ...draft, label: ' ', body: '\n ' })).toEqual({
      recipient:
        'Välj en mottagare: sök fram organisationen i adressboken och välj en funktionsbrevlåda.',
      label: 'Skriv en rubrik.',
      body: 'Skriv ett meddelande. Ett meddelande kan inte vara tomt.',
    });
  });
});
