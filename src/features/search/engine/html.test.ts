import { htmlToText, parseBody } from './html';

describe('parseBody', () => {
  it('splits sections by h2/h3 with the shared heading ids', () => {
    const body = parseBody(
      '<p>Inledning</p><h2>Före insättning</h2><p>A&amp;B</p><h3>Steg 1</h3><p>Text</p>',
    );
    expect(body.intro).toBe('Inledning');
    expect(body.sections).toEqual([
      { id: 'fore-insattning', heading: 'Före insättning', level: 2, text: 'A&B' },
      { id: 'steg-1', heading: 'Steg 1', level: 3, text: 'Text' },
    ]);
  });

  it('drops scripts and tags, keeping words apart', () => {
    expect(htmlToText('<p>ett</p><p>två<script>alert(1)</script></p><li>tre</li>')).toBe(
      'ett två tre',
    );
  });
});
