import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EChartsOption, init } from './echarts';
import { loadECharts, loadedECharts } from './load-echarts';

/**
 * One chart, drawn on a canvas that follows its box's size; `dark` for the meeting-room screen. The instance lives as
 * long as the box: a new option (another node, another period) is drawn on the same canvas, in the same commit as
 * the rest of the view.
 */
export function EChart({
  option,
  height = 280,
  dark = false,
  label,
}: {
  option: EChartsOption;
  height?: number | string;
  dark?: boolean;
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  /** The box's size the canvas was last laid out at (ECharts rounds its own, so it is kept here). */
  const drawnAt = useRef('');
  const [echarts, setECharts] = useState(loadedECharts);
  useEffect(() => {
    if (echarts) return;
    let live = true;
    void loadECharts().then((module) => live && setECharts(module));
    return () => {
      live = false;
    };
  }, [echarts]);
  // Layout effects, in this order: the instance exists before the option is set, and both before the browser paints.
  useLayoutEffect(() => {
    if (!echarts || !box.current) return;
    const instance = echarts.init(box.current, dark ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    drawnAt.current = sizeOf(box.current);
    const resize = new ResizeObserver(() => {
      if (!box.current || sizeOf(box.current) === drawnAt.current) return;
      drawnAt.current = sizeOf(box.current);
      instance.resize();
    });
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [echarts, dark]);
  useLayoutEffect(() => {
    const instance = chart.current;
    if (!instance || !box.current) return;
    // A box that changed size with the view (a township's children make the bars taller) is drawn once, at its new
    // size: emptied and resized first, instead of drawn at the old size and again when the size change is observed.
    if (sizeOf(box.current) !== drawnAt.current) {
      drawnAt.current = sizeOf(box.current);
      instance.clear();
      instance.resize();
    }
    instance.setOption(
      {
        backgroundColor: 'transparent',
        textStyle: { fontFamily: 'inherit', fontSize: dark ? 15 : 12 },
        // The desk's charts are read, not watched: drawn at once, they leave the CPU to the next click (a second of
        // bars growing on five charts runs while a committee member is already clicking on). The 大屏 keeps them.
        animation: dark,
        ...option,
      },
      { notMerge: true },
    );
  }, [echarts, option, dark]);
  return <div ref={box} role="img" aria-label={label} data-chart={label} style={{ width: '100%', height }} />;
}

const sizeOf = (element: HTMLElement) => `${element.clientWidth}x${element.clientHeight}`;
