import { formatMoney, formatOpenRange } from '../lib/data/format';
import { t } from '../lib/i18n/messages';

export interface SalaryBarProps {
  /** The figure's range, or a single value (both ends equal) drawn as a tick. */
  min: number;
  max: number;
  currency: string;
  /** What the bar shows, in words: "US base · 2024 · $44K–$103K". */
  label: string;
  /** The posting's own yearly pay on the same scale; an absent end is open ("Up to …"). */
  marker?: { min?: number; max?: number };
}

/** Rounds a scale end outwards to a tidy step so bar labels read well. */
function tidy(amount: number, direction: 'down' | 'up'): number {
  const step = 10 ** Math.max(3, Math.floor(Math.log10(Math.max(amount, 1))) - 1);
  return direction === 'down' ? Math.floor(amount / step) * step : Math.ceil(amount / step) * step;
}

/** A horizontal bar: the figure on a scale, and the posting's pay when it is compared with it. */
export function SalaryBar({ min, max, currency, label, marker }: SalaryBarProps) {
  const low = Math.min(min, marker?.min ?? marker?.max ?? min);
  const high = Math.max(max, marker?.max ?? marker?.min ?? max);
  const scaleMin = tidy(low * 0.75, 'down');
  const scaleMax = tidy(high * 1.2, 'up');
  const span = Math.max(1, scaleMax - scaleMin);
  const position = (amount: number) => ((amount - scaleMin) / span) * 100;
  const isPoint = min === max;
  const markerLeft = marker && position(marker.min ?? scaleMin);
  const markerRight = marker && position(marker.max ?? scaleMax);
  return (
    <div class="rl-bar" role="img" aria-label={marker ? t('barWithPosting', label, formatOpenRange(marker.min, marker.max, currency)) : label}>
      <div class="rl-bar__track">
        <div
          class={isPoint ? 'rl-bar__point' : 'rl-bar__range'}
          style={{ left: `${position(min)}%`, width: isPoint ? undefined : `${Math.max(2, position(max) - position(min))}%` }}
        />
        {marker && markerLeft !== undefined && markerRight !== undefined && (
          <div
            class={`rl-bar__marker${marker.min === undefined ? ' rl-bar__marker--open-bottom' : ''}${marker.max === undefined ? ' rl-bar__marker--open-top' : ''}`}
            style={{ left: `${markerLeft}%`, width: `${Math.max(1, markerRight - markerLeft)}%` }}
          />
        )}
      </div>
      <div class="rl-bar__labels" aria-hidden="true">
        <span>{formatMoney(scaleMin, currency)}</span>
        {/* Where the amounts are long ("43,9 mil US$"), the range may break after its dash, never inside an amount. */}
        <strong>
          {min === max ? (
            formatMoney(min, currency)
          ) : (
            <>
              <span>{formatMoney(min, currency)}–</span>
              <wbr />
              <span>{formatMoney(max, currency)}</span>
            </>
          )}
        </strong>
        <span>{formatMoney(scaleMax, currency)}</span>
      </div>
    </div>
  );
}
