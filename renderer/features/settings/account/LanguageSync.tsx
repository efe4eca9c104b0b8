// Keeps the UI language on the signed-in user's choice (`users.language`), switching in place without a reload.
// With no choice (null), the UI keeps this computer's language (the sign-in screen's pick, else the OS's); when a
// user who had a choice signs out or clears it, the UI goes back to this computer's language.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFor } from '../../../i18n/I18nProvider';
import type { UiLanguage } from '../../../i18n/language';
import { useSession } from '../../session/session-context';

export function LanguageSync() {
  const { phase } = useSession();
  const { i18n } = useTranslation();
  const preference = phase.kind === 'signedIn' ? phase.session.user.language : null;
  const applied = useRef<UiLanguage | null>(null);
  useEffect(() => {
    if (preference === null && applied.current === null) return;
    applied.current = preference;
    const wanted = languageFor(preference);
    if (i18n.language !== wanted) void i18n.changeLanguage(wanted);
  }, [preference, i18n]);
  return null;
}
