import { useDataset } from '../../lib/use-dataset';

/** Placeholder: presentation mode comes in a later version. */
export function PresentView() {
  const { dataset } = useDataset();
  return (
    <section className="view">
      <title>Present · KP CAR Monitor</title>
      <h1>Present</h1>
      <p className="lede">
        Presentation mode is not built yet. It is meant for a plenary session on a projector, and will show:
      </p>
      <ul>
        <li>the headline figures of a chosen quarter in large type, legible from the back of a room;</li>
        <li>the map of compliant and restricted zones;</li>
        <li>a switch that hides commercially sensitive names (buying offices, importers);</li>
        <li>all of it offline, on the embedded sample or a file opened beforehand.</li>
      </ul>
      <p>Until then, the Quarterly review view has the same figures for {dataset.meta.title}.</p>
    </section>
  );
}
