import fc from 'fast-check';
import {
  codePointLabel,
  findControlCharacter,
  EDGE_SPACE_UNITS,
  findSeparatorOrQuote,
  hasEdgeWhitespace,
  hasFormulaPrefix,
  isBlankText,
  isCleanText,
  mayNeedNfc,
  toNfc,
  trimEdges,
} from '../../src/core/textChecks';

/** Every character String.prototype.trim removes (ECMAScript WhiteSpace + LineTerminator). */
const TRIMMED = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];

/**
 * Zero-width characters, treated like the BOM (issue #10): trimmed at an edge (whitespace_edge),
 * control_character inside.
 */
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

/** What the export trims: trim()'s whitespace and the zero-width characters. */
const isEdgeSpace = (s: string): boolean => s.trim() === '' || ZERO_WIDTH.includes(s);

describe('isBlankText', () => {
  test.each([
    ['empty string', '', true],
    ['spaces', '   ', true],
    ['tab, no-break space, BOM', '\t\u00a0\ufeff', true],
    ['ideographic space', '\u3000', true],
    ['a letter between spaces', ' a ', false],
    ['zero-width space (trimmed like the BOM)', '\u200b', true],
    ['word joiner and zero-width joiner', '\u2060\u200d', true],
    ['NEL U+0085 (not whitespace for trim)', '\u0085', false],
  ])('%s', (_label, text, expected) => {
    expect(isBlankText(text)).toBe(expected);
  });

  test('agrees with trim() plus the zero-width characters on every BMP character', () => {
    // Each disagreement as [code unit, isBlankText, expected]; one expect for all 65,536 (an
    // expect per character cost seconds).
    const disagreements: [number, boolean, boolean][] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (isBlankText(s) !== isEdgeSpace(s)) disagreements.push([c, isBlankText(s), isEdgeSpace(s)]);
    }
    expect(disagreements).toEqual([]);
  });

  test('EDGE_SPACE_UNITS lists exactly those characters', () => {
    const expected: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isEdgeSpace(String.fromCharCode(c))) expected.push(c);
    expect(EDGE_SPACE_UNITS).toEqual(expected);
    expect(EDGE_SPACE_UNITS).toHaveLength(25 + 4);
  });
});

describe('hasEdgeWhitespace / trimEdges', () => {
  test.each([
    ['trailing space', 'Peeters ', true, 'Peeters'],
    ['leading tab', '\tPeeters', true, 'Peeters'],
    ['trailing no-break space', 'Peeters\u00a0', true, 'Peeters'],
    ['leading BOM', '\ufeffPeeters', true, 'Peeters'],
    ['trailing line feed', 'Peeters\n', true, 'Peeters'],
    ['trailing narrow no-break space', 'Peeters\u202f', true, 'Peeters'],
    ['space inside only (near miss)', 'Van Damme', false, 'Van Damme'],
    ['empty (near miss)', '', false, ''],
    ['trailing NEL U+0085 is not trimmed (near miss)', 'Peeters\u0085', false, 'Peeters\u0085'],
    ['trailing zero-width space, like a BOM', 'Peeters\u200b', true, 'Peeters'],
    ['leading BOM and zero-width joiner', '\ufeff\u200dPeeters', true, 'Peeters'],
    ['trailing left-to-right mark is not trimmed (near miss)', 'Peeters\u200e', false, 'Peeters\u200e'],
  ])('%s', (_label, text, edge, trimmed) => {
    expect(hasEdgeWhitespace(text)).toBe(edge);
    expect(trimEdges(text)).toBe(trimmed);
  });

  test.each([...TRIMMED, ...ZERO_WIDTH].map((ch) => [codePointLabel(ch), ch]))(
    '%s at either edge is edge whitespace',
    (_label, ch) => {
      expect(hasEdgeWhitespace(`${ch}x`)).toBe(true);
      expect(hasEdgeWhitespace(`x${ch}`)).toBe(true);
      expect(hasEdgeWhitespace(`x${ch}x`)).toBe(false);
    },
  );

  test('hasEdgeWhitespace(s) is exactly trimEdges(s) !== s', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...TRIMMED, 'a', 'é', '\u0085', '\u200b', ',') }),
        (s) => {
          expect(hasEdgeWhitespace(s)).toBe(trimEdges(s) !== s);
        },
      ),
    );
  });
});

describe('findControlCharacter', () => {
  test.each([
    ['tab', 'Jan\tPiet', '\t'],
    ['line feed', 'Jan\nPiet', '\n'],
    ['carriage return', 'Jan\rPiet', '\r'],
    ['NUL', 'Jan\u0000', '\u0000'],
    ['DEL', 'Jan\u007f', '\u007f'],
    ['NEL U+0085 (C1)', 'Jan\u0085Piet', '\u0085'],
    ['C1 U+009F', 'Jan\u009f', '\u009f'],
    ['soft hyphen U+00AD', 'Vanden\u00adbroucke', '\u00ad'],
    ['Arabic letter mark U+061C', 'a\u061cb', '\u061c'],
    ['Mongolian vowel separator U+180E', 'a\u180eb', '\u180e'],
    ['zero-width space U+200B', 'Jan\u200bPiet', '\u200b'],
    ['zero-width joiner U+200D', 'a\u200db', '\u200d'],
    ['right-to-left mark U+200F', 'a\u200fb', '\u200f'],
    ['LRE U+202A', 'a\u202ab', '\u202a'],
    ['RLO U+202E', 'a\u202eb', '\u202e'],
    ['word joiner U+2060', 'a\u2060b', '\u2060'],
    ['invisible plus U+2064', 'a\u2064b', '\u2064'],
    ['LRI U+2066', 'a\u2066b', '\u2066'],
    ['PDI U+2069', 'a\u2069b', '\u2069'],
    ['line separator U+2028', 'a\u2028b', '\u2028'],
    ['paragraph separator U+2029', 'a\u2029b', '\u2029'],
    ['BOM inside U+FEFF', 'a\ufeffb', '\ufeff'],
    ['interlinear annotation U+FFF9', 'a\ufff9b', '\ufff9'],
    ['tag character U+E0041', 'a\u{e0041}b', '\u{e0041}'],
    ['combining grapheme joiner U+034F', 'a\u034fb', '\u034f'],
    ['Hangul choseong filler U+115F', 'a\u115fb', '\u115f'],
    ['Hangul jungseong filler U+1160', 'a\u1160b', '\u1160'],
    ['Hangul filler U+3164', 'Jan\u3164sen', '\u3164'],
    ['halfwidth Hangul filler U+FFA0', 'a\uffa0b', '\uffa0'],
    ['Khmer inherent vowel U+17B4', 'a\u17b4b', '\u17b4'],
    ['Khmer inherent vowel U+17B5', 'a\u17b5b', '\u17b5'],
    ['shorthand format control U+1BCA0', 'a\u{1bca0}b', '\u{1bca0}'],
    ['musical symbol format U+1D173', 'a\u{1d173}b', '\u{1d173}'],
    ['musical symbol format U+1D17A', 'a\u{1d17a}b', '\u{1d17a}'],
    ['Old Italic letter U+10300, an astral letter (near miss)', 'a\u{10300}b', null],
    ['lone high surrogate', 'a\ud800b', '\ud800'],
    ['lone low surrogate', 'a\udc00', '\udc00'],
    ['first of two', 'a\u200b\tb', '\u200b'],
    ['plain name (near miss)', 'Van den Bossche', null],
    ['Latin-1 letters (near miss)', 'Hélène Françoise', null],
    ['no-break space inside (near miss)', 'Jan\u00a0Piet', null],
    ['combining accent (near miss)', 'Zoe\u0308', null],
    ['emoji, a proper surrogate pair (near miss)', 'a\u{1f600}b', null],
    ['U+2010 hyphen (near miss)', 'Jean\u2010Luc', null],
    ['no-break space, ¬ and ® around the soft hyphen (near miss)', 'a\u00a0\u00ac\u00aeb', null],
  ])('%s', (_label, text, expected) => {
    expect(findControlCharacter(text)).toBe(expected);
  });
});

describe('findSeparatorOrQuote', () => {
  test.each([
    ['comma', 'Peeters, Jan', ','],
    ['double quote', 'Jan "Piet"', '"'],
    ['semicolon', 'Peeters;Jan', ';'],
    ['first of several', 'a;b,c', ';'],
    ['apostrophe (near miss)', "D'Hondt", null],
    ['fullwidth comma U+FF0C (near miss)', 'a\uff0cb', null],
    ['typographic quotes (near miss)', '\u201cJan\u201d', null],
  ])('%s', (_label, text, expected) => {
    expect(findSeparatorOrQuote(text)).toBe(expected);
  });
});

describe('hasFormulaPrefix', () => {
  test.each([
    ['=', '=SUM(A1)', true],
    ['+', '+32 2 555', true],
    ['-', '-Peeters', true],
    ['@', '@SUM(A1)', true],
    ['hyphen inside (near miss)', 'Van-Damme', false],
    ['at sign inside (near miss)', 'jan@example', false],
    ['empty (near miss)', '', false],
    ['fullwidth equals (near miss)', '\uff1dA1', false],
  ])('%s', (_label, text, expected) => {
    expect(hasFormulaPrefix(text)).toBe(expected);
  });
});

describe('isCleanText', () => {
  test.each([
    ['plain name', 'Van den Bossche', true],
    ['digits', '01012000', true],
    ['apostrophe and hyphen inside', "D'Hondt-Van", true],
    ['Latin-1 and Latin Extended letters', 'Hélène Łukasz Dvořák', true],
    ['no-break space inside', 'Van\u00a0Damme', true],
    ['empty', '', true],
    ['trailing space', 'Jan ', false],
    ['leading space', ' Jan', false],
    ['trailing no-break space', 'Jan\u00a0', false],
    ['tab inside', 'a\tb', false],
    ['comma', 'a,b', false],
    ['quote', 'a"b', false],
    ['semicolon', 'a;b', false],
    ['formula prefix', '=a', false],
    ['DEL', 'a\u007f', false],
    ['C1 control', 'a\u0085', false],
    ['soft hyphen', 'a\u00adb', false],
    ['combining accent (may need NFC)', 'e\u0301', false],
    ['Greek question mark (NFC makes it ;)', 'a\u037e', false],
  ])('%s', (_label, text, expected) => {
    expect(isCleanText(text)).toBe(expected);
  });

  test('a clean value needs no other check and no normalisation', () => {
    const unit = fc.integer({ min: 0, max: 0x3ff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(unit, fc.constantFrom('a', ' ', '\u00a0')) }), (s) => {
        if (!isCleanText(s)) return;
        expect(hasEdgeWhitespace(s)).toBe(false);
        expect(findControlCharacter(s)).toBeNull();
        expect(findSeparatorOrQuote(s)).toBeNull();
        expect(hasFormulaPrefix(s)).toBe(false);
        expect(s.normalize('NFC')).toBe(s);
      }),
    );
  });
});

describe('mayNeedNfc / toNfc', () => {
  test.each([
    ['ASCII', 'Peeters', false, 'Peeters'],
    ['precomposed Latin-1', 'Françoise', false, 'Françoise'],
    ['Latin Extended-A', 'Łukasz Dvořák', false, 'Łukasz Dvořák'],
    ['decomposed e + acute', 'He\u0301le\u0300ne', true, 'Hélène'],
    ['Greek question mark becomes a semicolon', 'a\u037eb', true, 'a;b'],
  ])('%s', (_label, text, may, nfc) => {
    expect(mayNeedNfc(text)).toBe(may);
    expect(toNfc(text)).toBe(nfc);
  });

  test('every string with all code units below U+0300 is already NFC (the skip is safe)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x2ff }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          expect(mayNeedNfc(s)).toBe(false);
          expect(s.normalize('NFC')).toBe(s);
        },
      ),
    );
  });

  test('toNfc equals normalize("NFC") for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (s) => {
        expect(toNfc(s)).toBe(s.normalize('NFC'));
      }),
    );
  });
});

describe('codePointLabel', () => {
  test.each([
    ['\n', 'U+000A'],
    ['\u00a0', 'U+00A0'],
    ['\u200b', 'U+200B'],
    ['\u{1f600}', 'U+1F600'],
    ['\ud800', 'U+D800'],
  ])('%j -> %s', (ch, label) => {
    expect(codePointLabel(ch)).toBe(label);
  });
});
