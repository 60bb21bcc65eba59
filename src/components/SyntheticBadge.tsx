/** Says, in words, that the figures are made up. */
export function SyntheticBadge() {
  return (
    <span className="badge badge-synthetic" title="Synthetic data: figures are made up for demonstration">
      Synthetic data
      <span className="visually-hidden"> (figures are made up for demonstration)</span>
    </span>
  );
}
