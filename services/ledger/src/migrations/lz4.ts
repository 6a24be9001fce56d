/**
 * The statement that compresses a column with LZ4 where the server was built with it; a server without it (the
 * embedded one) keeps its default method and says so in a notice.
 */
export function compressWithLz4(table: string, column: string): string {
  return `
    DO $$ BEGIN
      ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4;
    EXCEPTION WHEN feature_not_supported THEN
      RAISE NOTICE 'LZ4 is not available on this server; ${table}.${column} keeps the default compression';
    END $$`;
}
