import { makeInsz } from './syntheticInsz';

/** Three synthetic people (checksum-valid, never a real person's number) for live-check tests. */
export const INSZ_A = makeInsz({ year: 1985, month: 7, day: 30, serial: 901 });
export const INSZ_B = makeInsz({ year: 1990, month: 1, day: 2, serial: 903 });
export const INSZ_C = makeInsz({ year: 2005, month: 3, day: 4, serial: 902 });
