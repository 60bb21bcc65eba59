/**
 * Slide 6: the quarter's flags by kind with their counts, and a few examples
 * with the reason each was flagged. Buying offices and importers are named
 * through PartyNames, so the anonymise switch covers them.
 */
import { useId } from 'react';
import { FLAG_KINDS } from '../../core';
import { formatCount } from '../../lib/format';
import { flagExample, pickExamples } from './flagText';
import { usePresentMessages } from './messages';
import type { PresentModel } from './model';
import type { PartyNames } from './parties';

/** Examples that fit on a slide read from the back of the room. */
const MAX_EXAMPLES = 5;

export function FlagsSlide({ model, names, anonymise }: { model: PresentModel; names: PartyNames; anonymise: boolean }) {
  const { t } = usePresentMessages();
  const examplesId = useId();
  const { flags, quarter, dataset } = model;
  const total = flags.length;
  const examples = pickExamples(flags, FLAG_KINDS, MAX_EXAMPLES).map((item) => flagExample(item, dataset, names));
  return (
    <>
      <p className="present-subtitle">
        {total === 0 ? t('flags.none', { quarter }) : t('flags.total', { count: total, n: formatCount(total), quarter })}
        {anonymise && <> {t('flags.anonymised')}</>}
      </p>
      <h3 className="visually-hidden">{t('flags.counts')}</h3>
      <dl className="present-figures present-figures-four present-flag-counts">
        {FLAG_KINDS.map((kind) => (
          <div key={kind} className="present-figure">
            <dt>{t(`flags.kinds.${kind}`)}</dt>
            <dd className="present-figure-value">{formatCount(flags.filter((f) => f.kind === kind).length)}</dd>
          </div>
        ))}
      </dl>
      {examples.length > 0 && (
        <section className="present-examples" aria-labelledby={examplesId}>
          <h3 id={examplesId} className="present-section-title">
            {t('flags.examples', { shown: formatCount(examples.length), total: formatCount(total) })}
          </h3>
          <ul>
            {examples.map((e) => (
              <li key={e.key}>
                <span className="present-example-kind">{t(`flags.kinds.${e.kind}`)}</span>
                <span className="present-example-text">
                  {e.certificate !== null && <strong className="present-certificate">{e.certificate}</strong>}
                  {e.certificate !== null ? ` — ${e.reason}` : e.reason}
                </span>
                {e.parties !== null && <span className="present-example-parties">{e.parties}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
