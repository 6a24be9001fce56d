/** A figure as a committee reads it; a dash where there is none. */
export const show = (value: unknown) => (value === null || value === undefined ? '—' : String(value));
