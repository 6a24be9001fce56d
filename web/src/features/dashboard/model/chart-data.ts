/** A chart's figures as a table (查看数据): column headers, the first naming the rows (e.g. 组织), then the rows. */
export interface ChartData {
  columns: string[];
  rows: (string | number | null)[][];
}

/** Whether a chart has anything to draw: some row with a figure other than 0 (a period not yet rated has none). */
export function hasFigures(data: ChartData): boolean {
  return data.rows.some((row) => row.slice(1).some((v) => typeof v === 'number' && v !== 0));
}
