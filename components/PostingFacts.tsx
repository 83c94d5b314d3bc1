import { labelledFigure } from '../lib/data/format';
import { LADDER, type PostingReading } from '../lib/posting/read';
import type { RoleCatalog } from '../lib/data/catalog';
import { t } from '../lib/i18n/messages';

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
        <strong>{t('factLevel')}</strong> {figures.title}
        {level.scope.length > 0 && <span class="rl-note"> {t('factLevelScope', level.scope.join(', '))}</span>}
      </p>
      <ol class="rl-ladder" aria-label={t('factLadderLabel')}>
        {LADDER.map((rung) => (
          <li key={rung.id} aria-current={rung.id === level.level ? 'true' : undefined} class={rung.id === level.level ? 'rl-ladder__here' : undefined}>
            {t(rung.label)}
          </li>
        ))}
      </ol>
      {figures.hasFigures ? (
        <p class="rl-note">
          {own ? t('factLevelOwnFigures', own) : t('factLevelHasFigures')}
          {figures.related.map(
            (range) => ` ${t('factLevelRelated', range.title, labelledFigure({ ...range, statistic: 'range' }, catalog.regions, catalog), catalog.source(range.sourceId)?.name ?? range.sourceId)}`,
          )}
        </p>
      ) : (
        <p class="rl-note">{t('factLevelNoFigures')}</p>
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
      <h3 id="rl-posting-facts" class="rl-section__title">{t('factsTitle')}</h3>
      {level && <Level level={level} catalog={catalog} />}
      {experience && (
        <p class="rl-fact" data-fact="experience">
          <strong>{t('factExperience')}</strong> {experience.sentence} <span class="rl-note">(“{experience.text}”)</span>
        </p>
      )}
      {transparency.sentence !== '' && (
        <p class="rl-fact" data-fact="pay-transparency">
          <strong>{t('factPayInAdverts')}</strong>{' '}
          {/* Built from the rules table's English wording (who must state what, and when), which is not translated. */}
          <span lang="en">{transparency.sentence}</span>
          {citation && <span class="rl-source"> {t('factTransparencySource', citation.title, citation.read)}</span>}
        </p>
      )}
    </section>
  );
}
