// The document stage: which parts of a draft are the agent's prose.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../src/document.js';

/** The prose with runs of blanks collapsed, for readable assertions. */
const proseWords = (text: string) => parseDraft(text).prose.replace(/\s+/g, ' ').trim();

describe('parseDraft', () => {
  it('keeps the length and every offset of the input', () => {
    const text = 'Hej Anna,\r\n\r\nVi lovar.\r\n\r\nMvh\r\nPer\r\n> citat\r\n';
    const draft = parseDraft(text);
    expect(draft.prose.length).toBe(text.length);
    expect(draft.prose.slice(text.indexOf('Vi lovar.'), text.indexOf('Vi lovar.') + 9)).toBe('Vi lovar.');
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') expect(draft.prose[i]).toBe(text[i]);
  });

  it.each([
    ['English', 'Thanks.\n\nOn Tue, 3 Mar 2026 at 10:12, Anna Berg <anna@example.com> wrote:\n> You never ship on time.\n> Anna'],
    ['Swedish', 'Tack.\n\nDen 3 mars 2026 skrev Anna Berg <anna@example.se>:\n> Ni skickar aldrig i tid.\n> Anna'],
    ['Danish', 'Tak.\n\nDen 3. marts 2026 kl. 09.12 skrev Anna Berg <anna@example.dk>:\n> I sender aldrig til tiden.\n> Anna'],
  ])('blanks %s quoted history under an attribution line and keeps its text', (_name, text) => {
    const draft = parseDraft(text);
    expect(proseWords(text)).toMatch(/^(Thanks|Tack|Tak)\.$/);
    expect(draft.quotedText).toMatch(/aldrig|never/);
    expect(draft.quotedText).not.toContain('>');
    expect(draft.regions.map((r) => r.kind)).toEqual(expect.arrayContaining(['attribution', 'quote']));
  });

  it('parses each draft on its own: what a long draft blanked leaves nothing behind in the next', () => {
    // The marks of blanked characters are kept in one array reused from draft to draft (a draft over 64 kB has its own).
    const short = 'Hej Anna, vi lovar att det kommer.';
    for (const quotes of [1000, 10_000]) {
      const long = '> citat\n'.repeat(quotes) + 'Vi lovar {{datum}}.\n' + 'x'.repeat(10_000);
      expect(proseWords(long)).toContain('Vi lovar');
      expect(proseWords(long)).not.toContain('citat');
      expect(parseDraft(short).prose).toBe(short);
    }
    expect(proseWords('> en rad\nVi ringer.')).toBe('Vi ringer.');
    expect(parseDraft(short).prose).toBe(short);
  });

  it('treats an attribution wrapped over two lines as one', () => {
    const text = 'Thanks.\n\nOn Tue, 3 Mar 2026 at 10:12, Anna Berg\n<anna@example.com> wrote:\n\nYou never ship on time.';
    expect(proseWords(text)).toBe('Thanks.');
  });

  it.each([
    ['Från: Anna\nSkickat: den 3 mars 2026 10:12\nTill: Support\nÄmne: Order\n\nVar är mitt paket?'],
    ['Fra: Anna\nSendt: 3. marts 2026 10:12\nTil: Support\nEmne: Ordre\n\nHvor er min pakke?'],
    ['From: Anna\nSent: 3 March 2026 10:12\nTo: Support\nSubject: Order\n\nWhere is my parcel?'],
  ])('blanks an Outlook header block and everything below it', (quoted) => {
    const text = `Hello.\n\n${quoted}`;
    const draft = parseDraft(text);
    expect(proseWords(text)).toBe('Hello.');
    expect(draft.quotedText).toMatch(/\?$/);
  });

  it('blanks > lines wherever they stand (inline replies)', () => {
    const text = '> Where is it?\nIt left us today.\n> And the refund?\nIt is on its way.';
    expect(proseWords(text)).toBe('It left us today. It is on its way.');
  });

  it('blanks the signature after "-- " and after a sign-off line', () => {
    expect(proseWords('We have fixed it.\n\n-- \nAlex\nThe courier lost it')).toBe('We have fixed it.');
    expect(proseWords('Vi har rättat det.\n\nMed vänliga hälsningar\nPer\nKundtjänst')).toBe('Vi har rättat det.');
    expect(proseWords('Vi har rettet det.\n\nVenlig hilsen\nMette')).toBe('Vi har rettet det.');
    expect(proseWords('Klart!\n\n/Moa, Cykelkungen')).toBe('Klart!');
  });

  it('keeps placeholders as opaque regions, not prose', () => {
    const text = 'Hi {{first_name}}, your order [ORDER NUMBER] ships on <insert date>. Ref %{ref}, %(name)s, {% if x %}XXX.';
    const draft = parseDraft(text);
    expect(draft.placeholders.map((p) => p.text)).toEqual([
      '{{first_name}}',
      '[ORDER NUMBER]',
      '<insert date>',
      '%{ref}',
      '%(name)s',
      '{% if x %}',
      'XXX',
    ]);
    expect(draft.placeholders.every((p) => p.wellFormed)).toBe(true);
    for (const p of draft.placeholders) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(proseWords(text)).toBe('Hi , your order ships on . Ref , , .');
  });

  it('treats XX and XXX as unfilled slots, but not sizes or a friendly xx', () => {
    const texts = parseDraft('Prisen bliver XX kr. eller XXX kr. Størrelse XXL. Tak xx').placeholders.map((p) => p.text);
    expect(texts).toEqual(['XX', 'XXX']);
  });

  it('reports a placeholder that was never closed', () => {
    const [placeholder] = parseDraft('Hi {{first_name}, thanks.').placeholders;
    expect(placeholder).toMatchObject({ text: '{{first_name}', wellFormed: false });
  });

  it('blanks HTML tags, entities and comments, and block tags become line breaks', () => {
    const text = '<p>Hej&nbsp;Anna,</p><p>Vi har <b>rättat</b> det.</p><!-- intern notering -->';
    const draft = parseDraft(text, { format: 'html' });
    expect(draft.prose.replace(/[ \t]+/g, ' ').replace(/ ?\n ?/g, '\n').trim()).toBe('Hej Anna,\n\nVi har rättat det.');
  });

  it('finds e-mail addresses as the pattern local@domain.tld does: at most 64 characters before the @', () => {
    const links = (text: string) => parseDraft(text).regions.filter((r) => r.kind === 'link').map((r) => text.slice(r.start, r.end));
    expect(links('Skriv till kundtjanst@example.se eller info@example.dk.')).toEqual(['kundtjanst@example.se', 'info@example.dk']);
    expect(links(`${'a'.repeat(70)}@example.se`)).toEqual([`${'a'.repeat(64)}@example.se`]);
    expect(links('a@b.se@c.dk')).toEqual(['a@b.se']);
    expect(links('@example.se, kl. 10 @ kontoret, anna@localhost')).toEqual([]);
  });

  it('blanks Markdown code, link targets, URLs and e-mail addresses', () => {
    const text = 'See `status: pending-3` and [our page](https://example.com/x) or write to help@example.com.\n```\nSLA breach\n```';
    const words = parseDraft(text, { format: 'markdown' }).prose.replace(/\s+/g, ' ').trim();
    expect(words).toBe('See and [our page] or write to .');
  });
});
