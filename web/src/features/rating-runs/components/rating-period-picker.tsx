import { PeriodSelect } from '../../../components/period-select';
import { ratingKinds, ratingPeriodChoices } from '../model/rating-periods';

/** The period rated: a half-year or a year; changing the kind picks the last one ended (a rating follows its end). */
export function RatingPeriodPicker({ value, onChange }: { value: string; onChange: (key: string) => void }) {
  return (
    <PeriodSelect
      value={value}
      onChange={onChange}
      kinds={ratingKinds}
      defaultKind="HALF_YEAR"
      choices={ratingPeriodChoices}
      firstOf={(kind, now) => ratingPeriodChoices(kind, now)[1]!}
      label="评定期间"
    />
  );
}
