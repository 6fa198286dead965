import { FakeErrorCodes, officeError } from './errors';

/**
 * Colours as the API takes them: "#RRGGBB" or a name ("Orange", "lightgreen"); Excel stores and
 * returns "#RRGGBB" (RangeFill.color: "HTML color code ... in the form #RRGGBB ... or as a named
 * HTML color"). The fake knows the common HTML names below; others are refused as InvalidArgument.
 */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  lime: '#00FF00',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0',
  pink: '#FFC0CB',
  darkred: '#8B0000',
  darkgreen: '#006400',
  darkblue: '#00008B',
  navy: '#000080',
  teal: '#008080',
  cyan: '#00FFFF',
  magenta: '#FF00FF',
  brown: '#A52A2A',
  salmon: '#FA8072',
  gold: '#FFD700',
};

export function normalizeColor(input: unknown, location: string): string {
  if (typeof input === 'string') {
    if (/^#[0-9a-f]{6}$/i.test(input)) return input.toUpperCase();
    if (/^#[0-9a-f]{3}$/i.test(input)) {
      const [r = '', g = '', b = ''] = input.slice(1).toUpperCase();
      return `#${r}${r}${g}${g}${b}${b}`;
    }
    const named = NAMED[input.toLowerCase()];
    if (named) return named;
  }
  throw officeError(FakeErrorCodes.invalidArgument, `'${String(input)}' is not a colour`, location);
}
