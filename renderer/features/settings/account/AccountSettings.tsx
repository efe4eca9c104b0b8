// Settings › My account: the signed-in user's own language (`account.setLanguage`, switched at once without a
// reload) and password (`auth.changePassword`). Every role has this tab.
import { Divider, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useOwnLanguage } from './use-own-language';
import { isUiLanguage, UI_LANGUAGES } from '../../../i18n/language';
import { useSignedIn } from '../../session/session-context';
import { ChangePasswordForm } from './ChangePasswordForm';

/** The select's value for "no choice: follow this computer". */
const FOLLOW = 'computer';

export function AccountSettings() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const { t: tu } = useTranslation('users');
  const { session } = useSignedIn();
  const ownLanguage = useOwnLanguage();
  const [saved, setSaved] = useState<string | null>(null);
  const { user } = session;

  const choose = async (value: string) => {
    setSaved(null);
    const language = isUiLanguage(value) ? value : null;
    if (await ownLanguage.choose(language)) setSaved(t('account.languageSaved'));
  };

  return (
    <Stack gap="lg" maw={560}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('account.heading')}
        </Title>
        <Text size="sm">
          {t('account.signedInAs', { name: user.fullName, username: user.username, role: tu(`roles.${user.role}`) })}
        </Text>
      </Stack>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('account.languageHeading')}
        </Title>
        <NativeSelect
          label={t('account.languageLabel')}
          description={t('account.languageHelp')}
          data={[
            { value: FOLLOW, label: t('account.followComputer') },
            ...UI_LANGUAGES.map((lng) => ({ value: lng, label: tc(`language.${lng}`) })),
          ]}
          value={user.language ?? FOLLOW}
          disabled={ownLanguage.pending}
          onChange={(e) => void choose(e.currentTarget.value)}
          maw={320}
        />
        <ErrorAlert error={ownLanguage.error} title={t('account.languageNotSaved')} />
        <SuccessAlert message={saved} onClose={() => setSaved(null)} />
      </Stack>
      <Divider />
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('account.passwordHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.passwordIntro')}
        </Text>
        <ChangePasswordForm
          submitLabel={t('account.changePassword')}
          onChanged={() => setSaved(t('account.passwordChanged'))}
        />
      </Stack>
    </Stack>
  );
}
