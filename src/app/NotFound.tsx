import { Link } from 'react-router';
import { useCommonMessages } from '../components/messages';
import { useDataSearch } from '../lib/url-state';

export function NotFound() {
  const { t } = useCommonMessages();
  const search = useDataSearch();
  return (
    <section className="view">
      <title>{t('pageTitle', { page: t('notFound.heading') })}</title>
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={{ pathname: '/map', search }}>{t('notFound.toMap')}</Link>
      </p>
    </section>
  );
}
