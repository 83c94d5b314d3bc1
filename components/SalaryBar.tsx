import { formatMoney, formatRange } from '../lib/format';

export interface SalaryBarProps {
  min: number;
  max: number;
  currency: string;
  label: string;
  /** The posting's own range, marked on the same scale. */
  marker?: { min: number; max: number };
}

/** Rounds a scale end outwards to a tidy step so bar labels read well. */
function tidy(amount: number, direction: 'down' | 'up'): number {
  const step = 10 ** Math.max(3, Math.floor(Math.log10(Math.max(amount, 1))) - 1);
  return direction === 'down' ? Math.floor(amount / step) * step : Math.ceil(amount / step) * step;
}

/** A horizontal bar: the typical range on a scale, and the posting's range when there is one. */
export function SalaryBar({ min, max, currency, label, marker }: SalaryBarProps) {
  const low = Math.min(min, marker?.min ?? min);
  const high = Math.max(max, marker?.max ?? max);
  const scaleMin = tidy(low * 0.75, 'down');
  const scaleMax = tidy(high * 1.2, 'up');
  const span = Math.max(1, scaleMax - scaleMin);
  const position = (amount: number) => ((amount - scaleMin) / span) * 100;
  const range = formatRange(min, max, currency);
  const markerText = marker ? `; this posting: ${formatRange(marker.min, marker.max, currency)}` : '';
  return (
    <div class="rl-bar" role="img" aria-label={`${label}: ${range}${markerText}`}>
      <div class="rl-bar__track">
        <div class="rl-bar__range" style={{ left: `${position(min)}%`, width: `${Math.max(2, position(max) - position(min))}%` }} />
        {marker && (
          <div
            class="rl-bar__marker"
            style={{ left: `${position(marker.min)}%`, width: `${Math.max(1, position(marker.max) - position(marker.min))}%` }}
          />
        )}
      </div>
      <div class="rl-bar__labels" aria-hidden="true">
        <span>{formatMoney(scaleMin, currency)}</span>
        <strong>{range}</strong>
        <span>{formatMoney(scaleMax, currency)}</span>
      </div>
    </div>
  );
}
