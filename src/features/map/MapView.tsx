import { isCompliantOn, type IsoDate, type Zone } from '../../core';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../lib/format';
import { useDataset } from '../../lib/use-dataset';

const CERTAINTY: Record<Zone['certainty'], string> = {
  confirmed: 'Confirmed',
  partial: 'Partly confirmed',
  approximate: 'Approximate',
};

/** In words, not colour alone. */
function complianceOn(zone: Zone, date: IsoDate): { text: string; className: string } {
  if (isCompliantOn(zone, date)) return { text: 'Compliant', className: 'status status-ok' };
  if (date < zone.compliantFrom) return { text: 'Not yet compliant', className: 'status status-off' };
  return { text: 'No longer compliant', className: 'status status-off' };
}

/** Starting version of the map view: the zones as a table until the interactive map lands. */
export function MapView() {
  const { dataset, asOf } = useDataset();
  return (
    <section className="view">
      <title>Zones · KP CAR Monitor</title>
      <h1>Zones</h1>
      <p className="lede">
        The interactive map is coming in a later version; meanwhile, the compliant zones of this dataset
        and their status on {formatDate(asOf)}.
      </p>
      {dataset.zones.length === 0 ? (
        <EmptyState>This dataset lists no zones.</EmptyState>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Compliant zones, status as of {formatDate(asOf)}</caption>
            <thead>
              <tr>
                <th scope="col">Zone</th>
                <th scope="col">Prefecture</th>
                <th scope="col">Compliant from</th>
                <th scope="col">Compliant until</th>
                <th scope="col">Certainty</th>
                <th scope="col">On {formatDate(asOf)}</th>
              </tr>
            </thead>
            <tbody>
              {dataset.zones.map((zone) => {
                const status = complianceOn(zone, asOf);
                return (
                  <tr key={zone.id}>
                    <th scope="row">{zone.name}</th>
                    <td>{zone.prefecture || '—'}</td>
                    <td className="nowrap">{formatDate(zone.compliantFrom)}</td>
                    <td className="nowrap">{zone.compliantUntil === null ? '—' : formatDate(zone.compliantUntil)}</td>
                    <td>{CERTAINTY[zone.certainty]}</td>
                    <td><span className={status.className}>{status.text}</span></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h2>Restricted areas</h2>
      {dataset.restrictedAreas.length === 0 ? (
        <EmptyState>This dataset lists no restricted areas.</EmptyState>
      ) : (
        <ul className="plain-list">
          {dataset.restrictedAreas.map((area) => (
            <li key={area.id}>
              <strong>{area.name}</strong>: no KP-compliant exports
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
