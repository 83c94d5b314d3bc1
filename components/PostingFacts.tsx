import { labelledFigure } from '../lib/data/format';
import { LADDER, type PostingReading } from '../lib/posting/read';
import type { RoleCatalog } from '../lib/data/catalog';

export interface PostingFactsProps {
  reading: PostingReading;
  catalog: RoleCatalog;
}

function Level({ level, catalog }: { level: NonNullable<PostingReading['level']>; catalog: RoleCatalog }) {
  const { figures } = level;
  const own = figures.roleId ? catalog.role(figures.roleId).title : undefined;
  return (
    <div class="rl-fact" data-fact="level">
      <p>
        <strong>Level:</strong> {figures.title}
        {level.scope.length > 0 && <span class="rl-note"> ({level.scope.join(', ')} scope)</span>}
      </p>
      <ol class="rl-ladder" aria-label="Where this level sits">
        {LADDER.map((rung) => (
          <li key={rung.id} aria-current={rung.id === level.level ? 'true' : undefined} class={rung.id === level.level ? 'rl-ladder__here' : undefined}>
            {rung.label}
          </li>
        ))}
      </ol>
      {figures.hasFigures ? (
        <p class="rl-note">
          The data has figures for this level
          {own ? `: the ${own} figures above` : ''}
          {figures.related
            .map((range) => `; ${range.title}: ${labelledFigure({ ...range, statistic: 'range' }, catalog.regions, catalog)} (${catalog.source(range.sourceId)?.name ?? range.sourceId})`)
            .join('')}
          .
        </p>
      ) : (
        <p class="rl-note">No figures in the data for exactly this level; none are scaled from another level.</p>
      )}
    </div>
  );
}

/** What the posting itself says against the norm: its level, the experience it asks, the law on stating pay. */
export function PostingFacts({ reading, catalog }: PostingFactsProps) {
  const { level, experience, transparency } = reading;
  if (!level && !experience && transparency.sentence === '') return null;
  const citation = transparency.rule?.citation;
  return (
    <section class="rl-section" aria-labelledby="rl-posting-facts">
      <h3 id="rl-posting-facts" class="rl-section__title">This posting</h3>
      {level && <Level level={level} catalog={catalog} />}
      {experience && (
        <p class="rl-fact" data-fact="experience">
          <strong>Experience:</strong> {experience.sentence} <span class="rl-note">(“{experience.text}”)</span>
        </p>
      )}
      {transparency.sentence !== '' && (
        <p class="rl-fact" data-fact="pay-transparency">
          <strong>Pay in adverts:</strong> {transparency.sentence}
          {citation && (
            <span class="rl-source">
              {' '}
              Source: {citation.title} (read {citation.read}). Not legal advice.
            </span>
          )}
        </p>
      )}
    </section>
  );
}
