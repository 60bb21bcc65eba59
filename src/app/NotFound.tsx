import { Link } from 'react-router';
import { useDataSearch } from '../lib/url-state';

export function NotFound() {
  const search = useDataSearch();
  return (
    <section className="view">
      <title>Page not found · KP CAR Monitor</title>
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to={{ pathname: '/map', search }}>Go to the zones map</Link>
      </p>
    </section>
  );
}
