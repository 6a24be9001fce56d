import { Select, Space } from 'antd';
import { parsePeriod, PeriodKind, periodKindLabels, periodLabel } from '../lib/periods';

interface PeriodSelectProps {
  value: string;
  onChange: (key: string) => void;
  /** The kinds offered, in order. */
  kinds: readonly PeriodKind[];
  /** The kind shown when `value` is not a period key. */
  defaultKind: PeriodKind;
  /** The periods of a kind offered on `now`, most recent first. */
  choices: (kind: PeriodKind, now: Date) => string[];
  /** The period a change of kind picks. */
  firstOf: (kind: PeriodKind, now: Date) => string;
  /** The period select's accessible name. */
  label: string;
}

/** A period as two selects, the kind and the period of that kind (the chosen one offered even when not recent). */
export function PeriodSelect({ value, onChange, kinds, defaultKind, choices, firstOf, label }: PeriodSelectProps) {
  const kind = parsePeriod(value)?.kind ?? defaultKind;
  const options = choices(kind, new Date());
  if (!options.includes(value)) options.unshift(value);
  return (
    <Space.Compact>
      <Select
        aria-label="期间类型"
        value={kind}
        style={{ width: 90 }}
        options={kinds.map((k) => ({ value: k, label: periodKindLabels[k] }))}
        onChange={(next: PeriodKind) => onChange(firstOf(next, new Date()))}
      />
      <Select
        aria-label={label}
        value={value}
        style={{ width: 190 }}
        options={options.map((key) => ({ value: key, label: periodLabel(key) }))}
        onChange={onChange}
      />
    </Space.Compact>
  );
}
