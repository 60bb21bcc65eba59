import { useCommonMessages } from './messages';

/** Says, in words, that the figures are made up. */
export function SyntheticBadge() {
  const { t } = useCommonMessages();
  return (
    <span className="badge badge-synthetic" title={t('synthetic.title')}>
      {t('synthetic.badge')}
      <span className="visually-hidden"> {t('synthetic.explained')}</span>
    </span>
  );
}
