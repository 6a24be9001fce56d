/** `to_char` of a date column as `YYYY-MM-DD`, under a quoted alias. */
export const sqlDay = (column: string, as: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${as}"`;

/** `to_char` of a timestamptz column as an ISO instant in UTC, under a quoted alias. */
export const sqlInstant = (column: string, as: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "${as}"`;
