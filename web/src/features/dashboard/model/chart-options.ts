import type { ChartData } from './chart-data';
import type { EChartsOption } from '../components/echarts';
import { periodLabel } from '../../../lib/periods';
import { NodeFigures, starOf } from './node-figures';

export interface ChartSpec {
  option: EChartsOption;
  data: ChartData;
}

export interface TrendPoint {
  period: string;
  rated: number;
  meanTotal?: number | null;
  fiveStars: number;
  fourStars: number;
  threeStars: number;
  warned: number;
}

const STAR_COLORS = ['#cf1322', '#fa8c16', '#fadb14'];
const grid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };
const names = (rows: readonly NodeFigures[]) => rows.map((r) => r.name);

/** Each child's mean total, highest first: the bar chart beside the ranking table. */
export function meanChart(children: readonly NodeFigures[]): ChartSpec {
  const rows = [...children].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1));
  return {
    option: {
      tooltip: { trigger: 'axis' },
      grid,
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', data: names(rows).reverse(), axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: '平均分',
          data: rows.map((r) => r.mean).reverse(),
          label: { show: true, position: 'right' },
        },
      ],
    },
    data: { columns: ['组织', '平均分', '计分党员'], rows: rows.map((r) => [r.name, r.mean, r.membersScored]) },
  };
}

/** The node's grade counts and score bands. */
export function gradeChart(node: NodeFigures): ChartSpec {
  const rows: [string, number][] = [
    ...node.grades.map((g) => [`等次：${g.name}`, g.count] as [string, number]),
    ...node.distribution.map((d) => [d.label, d.count] as [string, number]),
  ];
  return {
    option: {
      tooltip: { trigger: 'axis' },
      grid,
      xAxis: { type: 'category', data: rows.map((r) => r[0]), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', name: '人数', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '人数',
          data: rows.map((r, i) => ({
            value: r[1],
            itemStyle: { color: i < node.grades.length ? '#c41d7f' : '#1677ff' },
          })),
          label: { show: true, position: 'top' },
        },
      ],
    },
    data: { columns: ['等次或分数段', '人数'], rows: node.grades.length + node.distribution.length > 0 ? rows : [] },
  };
}

/** Stars taken against the places each child's quota gives, by level. */
export function starsChart(children: readonly NodeFigures[]): ChartSpec {
  const levels = [5, 4, 3];
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: {
        type: 'category',
        data: names(children),
        axisLabel: childLabels(children.length),
      },
      yAxis: { type: 'value', name: '人数', minInterval: 1 },
      series: levels.flatMap((stars, i) => [
        {
          type: 'bar',
          stack: '获评',
          name: `${stars}星获评`,
          itemStyle: { color: STAR_COLORS[i] },
          data: children.map((c) => starOf(c, stars)?.taken ?? 0),
        },
        {
          type: 'bar',
          stack: '名额',
          name: `${stars}星名额`,
          itemStyle: { color: STAR_COLORS[i], opacity: 0.35 },
          data: children.map((c) => starOf(c, stars)?.places ?? 0),
        },
      ]),
    },
    data: {
      columns: ['组织', ...levels.flatMap((s) => [`${s}星获评`, `${s}星名额`])],
      rows: children.map((c) => [
        c.name,
        ...levels.flatMap((s) => [starOf(c, s)?.taken ?? null, starOf(c, s)?.places ?? null]),
      ]),
    },
  };
}

/** Dual-warning cases per child: open (of them overdue) and escalated. */
export function warningsChart(children: readonly NodeFigures[]): ChartSpec {
  const w = (c: NodeFigures) => c.rating?.warnings;
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: {
        type: 'category',
        data: names(children),
        axisLabel: childLabels(children.length),
      },
      yAxis: { type: 'value', name: '案件', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: '未结（未逾期）',
          stack: 'w',
          itemStyle: { color: '#faad14' },
          data: children.map((c) => (w(c) ? w(c)!.open - w(c)!.overdue : 0)),
        },
        {
          type: 'bar',
          name: '逾期',
          stack: 'w',
          itemStyle: { color: '#cf1322' },
          data: children.map((c) => w(c)?.overdue ?? 0),
        },
        {
          type: 'bar',
          name: '转入处置',
          itemStyle: { color: '#722ed1' },
          data: children.map((c) => w(c)?.escalated ?? 0),
        },
        { type: 'bar', name: '已结案', itemStyle: { color: '#52c41a' }, data: children.map((c) => w(c)?.closed ?? 0) },
      ],
    },
    data: {
      columns: ['组织', '未结', '其中逾期', '转入处置', '已结案'],
      rows: children.map((c) => [
        c.name,
        w(c)?.open ?? null,
        w(c)?.overdue ?? null,
        w(c)?.escalated ?? null,
        w(c)?.closed ?? null,
      ]),
    },
  };
}

/** The rating over the last periods: mean total, stars and warnings. */
export function trendChart(trend: readonly TrendPoint[]): ChartSpec {
  const periods = trend.map((t) => periodLabel(t.period));
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: periods },
      yAxis: [
        { type: 'value', name: '人数', minInterval: 1 },
        { type: 'value', name: '平均分', min: 0, max: 100 },
      ],
      series: [
        {
          type: 'bar',
          name: '5星',
          stack: 's',
          itemStyle: { color: STAR_COLORS[0] },
          data: trend.map((t) => t.fiveStars),
        },
        {
          type: 'bar',
          name: '4星',
          stack: 's',
          itemStyle: { color: STAR_COLORS[1] },
          data: trend.map((t) => t.fourStars),
        },
        {
          type: 'bar',
          name: '3星',
          stack: 's',
          itemStyle: { color: STAR_COLORS[2] },
          data: trend.map((t) => t.threeStars),
        },
        { type: 'bar', name: '双预警', itemStyle: { color: '#8c8c8c' }, data: trend.map((t) => t.warned) },
        {
          type: 'line',
          name: '平均分',
          yAxisIndex: 1,
          data: trend.map((t) => t.meanTotal ?? null),
          label: { show: true },
        },
      ],
    },
    data: {
      columns: ['期间', '评定人数', '平均分', '5星', '4星', '3星', '双预警'],
      rows: trend.map((t, i) => [
        periods[i],
        t.rated,
        t.meanTotal ?? null,
        t.fiveStars,
        t.fourStars,
        t.threeStars,
        t.warned,
      ]),
    },
  };
}

/**
 * The names under a chart of children: all of them, turned when more than six; past fifteen (a township's branches)
 * as many as fit without overlapping, the others named by the tooltip and the 查看数据 table (sixty names turned
 * under a half-width chart overlap and cannot be read).
 */
function childLabels(count: number) {
  return { interval: count > 15 ? ('auto' as const) : 0, rotate: count > 6 ? 30 : 0 };
}
