/**
 * ECharts (the largest part of the dashboard) in a chunk of its own, fetched beside the dashboard's: the cards and
 * tables are drawn without waiting for it, and each chart draws as soon as it is here. Loaded once; afterwards
 * `loadedECharts` has it, so a chart mounted later draws in its first commit.
 */
type ECharts = typeof import('./echarts');

let loaded: ECharts | null = null;
let loading: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  loading ??= import('./echarts').then((module) => (loaded = module));
  return loading;
}

export const loadedECharts = (): ECharts | null => loaded;
