import { PeriodSelect } from '../../../components/period-select';
import { PeriodKind, recentPeriods } from '../../../lib/periods';

const kinds: PeriodKind[] = ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'];
const counts: Record<PeriodKind, number> = { MONTH: 24, QUARTER: 12, HALF_YEAR: 6, YEAR: 5 };

/** The period a view shows: months, quarters, half-years or years (the kinds the schemes keep). */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  return (
    <PeriodSelect
      value={value}
      onChange={onChange}
      kinds={kinds}
      defaultKind="QUARTER"
      choices={(kind, now) => recentPeriods(kind, now, counts[kind])}
      firstOf={(kind, now) => recentPeriods(kind, now, 1)[0]!}
      label="期间"
    />
  );
}
