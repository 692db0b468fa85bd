import { escapeHtml } from '../engine/snippet';
import { snippetParts } from './snippet-parts';

describe('snippetParts', () => {
  it('splits on our marks and gives back the text as written', () => {
    const snippet = `Spola ${'<mark>'}CVK${'</mark>'} med ${escapeHtml('<10 ml & "NaCl"')} – ${'<mark>'}kateter${'</mark>'}n`;
    expect(snippetParts(snippet)).toEqual([
      { text: 'Spola ', marked: false },
      { text: 'CVK', marked: true },
      { text: ' med <10 ml & "NaCl" – ', marked: false },
      { text: 'kateter', marked: true },
      { text: 'n', marked: false },
    ]);
  });

  it('keeps an escaped tag from a document as text', () => {
    const parts = snippetParts(escapeHtml('<img src=x onerror=alert(1)>'));
    expect(parts).toEqual([{ text: '<img src=x onerror=alert(1)>', marked: false }]);
  });
});
