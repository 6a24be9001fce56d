import { Select, Space } from 'antd';
import { parsePeriod, PeriodKind, periodKindLabels, periodLabel, recentPeriods } from '../../../lib/periods';

const kinds: PeriodKind[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];
const counts: Record<PeriodKind, number> = { MONTH: 24, QUARTER: 12, HALF_YEAR: 6, YEAR: 5 };

/** The period a view shows: months, quarters, half-years or years (the kinds the schemes keep). */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  const kind = parsePeriod(value)?.kind ?? 'QUARTER';
  const options = recentPeriods(kind, new Date(), counts[kind]);
  if (!options.includes(value)) options.unshift(value);
  return (
    <Space.Compact>
      <Select
        aria-label="期间类型"
        value={kind}
        style={{ width: 90 }}
        options={kinds.map((k) => ({ value: k, label: periodKindLabels[k] }))}
        onChange={(next: PeriodKind) => onChange(recentPeriods(next, new Date(), 1)[0])}
      />
      <Select
        aria-label="期间"
        value={value}
        style={{ width: 190 }}
        options={options.map((key) => ({ value: key, label: periodLabel(key) }))}
        onChange={onChange}
      />
    </Space.Compact>
  );
}
