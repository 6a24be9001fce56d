import { DatePicker } from 'antd';

/** A day (YYYY-MM-DD) picked in Ant Design's calendar, in Chinese; the page keeps the text, empty when cleared. */
export function DayPicker({
  label,
  placeholder,
  onChange,
  width,
}: {
  label: string;
  placeholder: string;
  onChange: (day: string) => void;
  width?: number;
}) {
  return (
    <DatePicker
      aria-label={label}
      placeholder={placeholder}
      style={{ width }}
      onChange={(_, day) => onChange(typeof day === 'string' ? day : '')}
    />
  );
}
