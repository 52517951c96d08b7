// The display settings in the header: colours (system, light, dark), reading
// text size (A−/A+) and interface language. Saved through the store when there is one.
import { useId } from 'react';
import type { Settings } from '@core/contract/api';
import { FONT_SCALE_RANGE } from '@core/contract/settings';
import { useLocale, useT } from '../i18n/i18n';
import type { Locale } from '../i18n/i18n';
import { useAnnounce } from '../ui/Announcer';
import { Button } from '../ui/Button';
import { Popover } from '../ui/Popover';
import { useSettings } from './settings';

const SCALE_STEP = 0.1;
// The store's own bounds, so the buttons never offer a size it would refuse.
export const MIN_SCALE = FONT_SCALE_RANGE.min;
export const MAX_SCALE = FONT_SCALE_RANGE.max;

/** The next text size, kept within the store's bounds and free of float noise (1.1, not 1.1000000000000001). */
export function stepScale(scale: number, direction: 1 | -1): number {
  const next = Math.round((scale + direction * SCALE_STEP) * 10) / 10;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, next));
}

const THEMES: {
  value: Settings['theme'];
  label: 'settings.themeSystem' | 'settings.themeLight' | 'settings.themeDark';
}[] = [
  { value: 'system', label: 'settings.themeSystem' },
  { value: 'light', label: 'settings.themeLight' },
  { value: 'dark', label: 'settings.themeDark' },
];

const LOCALES: {
  value: Locale;
  label: 'settings.languageNl' | 'settings.languageEn';
  lang: string;
}[] = [
  { value: 'nl', label: 'settings.languageNl', lang: 'nl' },
  { value: 'en', label: 'settings.languageEn', lang: 'en' },
];

export function SettingsPanel() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const { settings, storage, update } = useSettings();
  const announce = useAnnounce();
  const name = useId();

  const save = async (patch: Partial<Settings>) => {
    const problem = await update(patch);
    if (problem) announce(t('settings.saveFailed', problem));
  };

  return (
    <Popover
      trigger={t('settings.button')}
      triggerClassName="button button--header"
      panelLabel={t('settings.title')}
      panelClassName="settings-panel"
      focusFirstControl
    >
      <fieldset className="settings-panel__group">
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme.value} className="settings-panel__option">
            <input
              type="radio"
              name={`${name}-theme`}
              value={theme.value}
              checked={settings.theme === theme.value}
              onChange={() => void save({ theme: theme.value })}
            />
            {t(theme.label)}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-panel__group">
        <legend>{t('settings.fontSize')}</legend>
        <div className="settings-panel__scale">
          <Button
            aria-label={t('settings.smaller')}
            title={t('settings.smaller')}
            disabled={settings.fontScale <= MIN_SCALE}
            onClick={() => void save({ fontScale: stepScale(settings.fontScale, -1) })}
          >
            <span aria-hidden="true">A−</span>
          </Button>
          <output className="settings-panel__scale-value" aria-live="polite">
            {t('settings.fontScaleValue', Math.round(settings.fontScale * 100))}
          </output>
          <Button
            aria-label={t('settings.larger')}
            title={t('settings.larger')}
            disabled={settings.fontScale >= MAX_SCALE}
            onClick={() => void save({ fontScale: stepScale(settings.fontScale, 1) })}
          >
            <span aria-hidden="true" className="settings-panel__large-a">
              A+
            </span>
          </Button>
          <Button
            variant="subtle"
            disabled={settings.fontScale === 1}
            onClick={() => void save({ fontScale: 1 })}
          >
            {t('settings.reset')}
          </Button>
        </div>
      </fieldset>
      <fieldset className="settings-panel__group">
        <legend>{t('settings.language')}</legend>
        {LOCALES.map((option) => (
          <label key={option.value} className="settings-panel__option" lang={option.lang}>
            <input
              type="radio"
              name={`${name}-locale`}
              value={option.value}
              checked={locale === option.value}
              onChange={() => setLocale(option.value)}
            />
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      {storage === 'unavailable' && (
        <p className="settings-panel__note">{t('settings.notSaved')}</p>
      )}
    </Popover>
  );
}
