import { useEffect, useRef } from 'react';
import { echarts, EChartsOption } from './echarts';

/** One chart, drawn on a canvas that follows its box's size; `dark` for the meeting-room screen. */
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
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, dark ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [dark]);
  useEffect(() => {
    chart.current?.setOption(
      { backgroundColor: 'transparent', textStyle: { fontFamily: 'inherit', fontSize: dark ? 15 : 12 }, ...option },
      { notMerge: true },
    );
  }, [option, dark]);
  return <div ref={box} role="img" aria-label={label} data-chart={label} style={{ width: '100%', height }} />;
}
