import { Fragment, type ReactNode } from 'react';

/** A separator inside a word: `_`, `-` or `.` with a non-space character after it. */
const SEPARATOR = /([_.-])(?=\S)/u;

/**
 * Text holding a file name, rendered so the browser may break the line after the name's
 * separators (`vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv`) instead of in the middle of a
 * word (issue #13: "…comirnaty-jn / -1_1-3.csv" at 320 px). Only the rendering changes: a `<wbr>`
 * element after each separator adds no character, so the text (copied, read aloud, or as
 * `textContent`) is exactly the name.
 *
 * @example
 * ```tsx
 * <Breakable text="vaccinnet_20261128_B003_vaxigrip-tetra_1-2.csv" />
 * // vaccinnet_<wbr>20261128_<wbr>B003_<wbr>vaxigrip-<wbr>tetra_<wbr>1-<wbr>2.<wbr>csv
 * ```
 */
export function Breakable(props: { text: string }): ReactNode {
  const parts = props.text.split(SEPARATOR);
  // split with a capture group alternates text and separator: [text, sep, text, sep, ..., text].
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <Fragment key={i}>
        {part}
        <wbr />
      </Fragment>
    ) : (
      part
    ),
  );
}
