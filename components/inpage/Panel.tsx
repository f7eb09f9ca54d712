import { t } from '../../utils/i18n';
import {
  chipText,
  countText,
  panelNumbers,
  typicalLine,
  verdictLabel,
  verdictWords,
} from '../../utils/inpage/words';
import type { CardVerdict, PanelDetail } from '../../utils/messages';
import { Sparkline } from './Sparkline';
import { Tip, useTip } from './Tip';

interface Props {
  verdict: CardVerdict;
  currency: string;
  detail?: PanelDetail;
  onDetails: () => void;
}

/**
 * The item page's panel beside the price, on one line: the verdict in words with its basis
 * ("18% below typical sold"), a sparkline, the typical price, range and count, and "Details"
 * (the full view). Where the line has no room it sheds the numbers (level 1), then shows the
 * chip's short form (level 2): host.ts `placeAll` sets `data-level`; hovering or focusing shows
 * everything. With too few comps: one short line, no number.
 */
export function Panel({ verdict, currency, detail, onDetails }: Props) {
  const tip = useTip();
  const known = verdict.verdict !== 'unknown';
  const numbers = known ? `${panelNumbers(verdict, currency)} · ${countText(verdict)}` : '';
  const { onMouseEnter, onMouseLeave, onFocus, onBlur, onKeyDown } = tip.handlers;
  return (
    <>
      <section
        class="panel"
        data-level="0"
        aria-label={verdictLabel(verdict, currency)}
        ref={tip.ownerRef}
        onMouseEnter={onMouseEnter}
        onMouseLeave={onMouseLeave}
        onFocusIn={onFocus}
        onFocusOut={onBlur}
        onKeyDown={onKeyDown}
      >
        {known ? (
          <>
            <span class={`v words ${verdict.verdict}`} aria-hidden="true">
              <span class="long">{verdictWords(verdict)}</span>
              <span class="short">{chipText(verdict)}</span>
            </span>
            {detail && <Sparkline detail={detail} verdict={verdict} amount={verdict.amount} />}
            <span class="numbers" aria-hidden="true">
              {numbers}
            </span>
          </>
        ) : (
          <span class="few" aria-hidden="true">
            <span class="long">{verdictWords(verdict)}</span>
            <span class="short">{chipText(verdict)}</span>
          </span>
        )}
        <button type="button" class="details" aria-label={t('panelDetailsLabel')} onClick={onDetails}>
          {t('panelDetails')}
        </button>
      </section>
      <Tip id={tip.id} tipRef={tip.tipRef}>
        <strong class="line">{verdictWords(verdict)}</strong>
        {known && <span class="line">{typicalLine(verdict, currency)}</span>}
        {known && <span class="line muted">{countText(verdict)}</span>}
      </Tip>
    </>
  );
}
