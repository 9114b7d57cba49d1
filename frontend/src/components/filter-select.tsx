import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

type Props<T extends string> = {
  /** Shown as the placeholder and used as the accessible name. */
  label: string;
  values: readonly T[];
  /** i18n key prefix of the values' labels, e.g. `customer.status` → `customer.status.DRAFT`. */
  labelPrefix: string;
  value?: T;
  onChange: (value: T | undefined) => void;
  width?: number;
};

/** A clearable filter over one enumerated field of a list. */
export function FilterSelect<T extends string>({
  label,
  values,
  labelPrefix,
  value,
  onChange,
  width = 140,
}: Props<T>) {
  const { t } = useTranslation();
  return (
    <Select<T>
      allowClear
      style={{ width }}
      placeholder={label}
      aria-label={label}
      value={value}
      options={values.map((v) => ({ value: v, label: t(`${labelPrefix}.${v}`) }))}
      onChange={(v) => onChange(v)}
    />
  );
}
