import { formatMoney, formatRange } from '../lib/format';

export interface SalaryBarProps {
  min: number;
  max: number;
  currency: string;
  /** The scale's ends; the range is drawn inside them. */
  scaleMin: number;
  scaleMax: number;
  label: string;
}

/** A horizontal bar with the typical range highlighted on a scale. */
export function SalaryBar({ min, max, currency, scaleMin, scaleMax, label }: SalaryBarProps) {
  const span = Math.max(1, scaleMax - scaleMin);
  const left = ((min - scaleMin) / span) * 100;
  const width = Math.max(2, ((max - min) / span) * 100);
  const range = formatRange(min, max, currency);
  return (
    <div class="rl-bar" role="img" aria-label={`${label}: ${range}`}>
      <div class="rl-bar__track">
        <div class="rl-bar__range" style={{ left: `${left}%`, width: `${width}%` }} />
      </div>
      <div class="rl-bar__labels" aria-hidden="true">
        <span>{formatMoney(scaleMin, currency)}</span>
        <strong>{range}</strong>
        <span>{formatMoney(scaleMax, currency)}</span>
      </div>
    </div>
  );
}
