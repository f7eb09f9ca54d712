import { chipText, countText, typicalLine, verdictLabel, verdictWords } from '../../utils/inpage/words';
import type { CardVerdict } from '../../utils/messages';
import { Tip, useTip } from './Tip';

/**
 * A search card's verdict beside its price: a sign and the percent (or "≈ typical", or "?"), in the
 * verdict's colour; its accessible name is the whole sentence with the numbers. Hovered, focused
 * or tapped, it shows the typical price, the range and how many comps. A button, so keyboards reach
 * it; its clicks stay its own (inside a card's link they would open the item).
 */
export function Chip({ verdict, currency }: { verdict: CardVerdict; currency: string }) {
  const tip = useTip();
  const numbers = typicalLine(verdict, currency);
  return (
    <>
      <button
        type="button"
        class={`v chip ${verdict.verdict}`}
        aria-label={verdictLabel(verdict, currency)}
        ref={tip.ownerRef as never}
        {...tip.handlers}
        onClick={(event) => {
          // A tap (no hover on a touch screen) shows the numbers; it is not a click on the card.
          event.preventDefault();
          event.stopPropagation();
          tip.toggle();
        }}
      >
        {chipText(verdict)}
      </button>
      <Tip id={tip.id} tipRef={tip.tipRef}>
        <strong class="line">{verdictWords(verdict)}</strong>
        {numbers && <span class="line">{numbers}</span>}
        <span class="line muted">{countText(verdict)}</span>
      </Tip>
    </>
  );
}
