/** The six slides: their titles (also listed on the start screen) and what each shows. */
import type { Quarter } from '../../core';
import { formatDate } from '../../lib/format';
import { FlagsSlide } from './FlagsSlide';
import { HeadlineSlide } from './HeadlineSlide';
import { MapSlide } from './MapSlide';
import { presentText } from './messages';
import type { PresentModel } from './model';
import type { SlideId } from './params';
import type { PartyNames } from './parties';
import { ReconciliationSlide } from './ReconciliationSlide';
import { RegimeSlide } from './RegimeSlide';
import { TrendSlide } from './TrendSlide';

export function slideTitle(id: SlideId, quarter: Quarter, mapDate: string): string {
  switch (id) {
    case 'regime': return presentText('regime.title');
    case 'map': return presentText('map.title', { date: formatDate(mapDate) });
    case 'headline': return presentText('headline.title', { quarter });
    case 'trend': return presentText('trend.title');
    case 'reconciliation': return presentText('reconciliation.title', { quarter });
    case 'flags': return presentText('flags.title', { quarter });
  }
}

export function SlideBody({ id, model, names, anonymise }: { id: SlideId; model: PresentModel; names: PartyNames; anonymise: boolean }) {
  switch (id) {
    case 'regime': return <RegimeSlide dataset={model.dataset} asOf={model.asOf} />;
    case 'map': return <MapSlide model={model} />;
    case 'headline': return <HeadlineSlide model={model} />;
    case 'trend': return <TrendSlide model={model} />;
    case 'reconciliation': return <ReconciliationSlide model={model} />;
    case 'flags': return <FlagsSlide model={model} names={names} anonymise={anonymise} />;
  }
}
