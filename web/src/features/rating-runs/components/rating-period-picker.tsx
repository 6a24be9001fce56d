import { Select, Space } from 'antd';
import { parsePeriod, PeriodKind, periodKindLabels, periodLabel } from '../../../lib/periods';
import { ratingKinds, ratingPeriodChoices } from '../model/rating-periods';

/** The period rated: a half-year or a year; changing the kind picks the last one ended (a rating follows its end). */
export function RatingPeriodPicker({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  const kind = parsePeriod(value)?.kind ?? 'HALF_YEAR';
  const options = ratingPeriodChoices(kind, new Date());
  if (!options.includes(value)) options.unshift(value);
  return (
    <Space.Compact>
      <Select
        aria-label="期间类型"
        value={kind}
        style={{ width: 90 }}
        options={ratingKinds.map((k) => ({ value: k, label: periodKindLabels[k] }))}
        onChange={(next: PeriodKind) => onChange(ratingPeriodChoices(next, new Date())[1]!)}
      />
      <Select
        aria-label="评定期间"
        value={value}
        style={{ width: 190 }}
        options={options.map((key) => ({ value: key, label: periodLabel(key) }))}
        onChange={onChange}
      />
    </Space.Compact>
  );
}
