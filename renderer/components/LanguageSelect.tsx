// The language picker: each language named in itself ("English", "Español"), so anyone can find their own.
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/language';

export function LanguageSelect({
  value,
  onChange,
  label,
}: {
  value: UiLanguage;
  onChange: (language: UiLanguage) => void;
  /** Visible label; when omitted the select is still named for screen readers. */
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      aria-label={label === undefined ? t('language.label') : undefined}
      data={UI_LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
      value={value}
      allowDeselect={false}
      onChange={(next) => {
        if (isUiLanguage(next)) onChange(next);
      }}
      w={label === undefined ? 130 : undefined}
      data-testid="language-select"
    />
  );
}
