// What the component tests share: the bundled role data as the extension reads it, and the on-page
// panel rendered for one role on a US posting, with any prop overridden.
import { render } from '@testing-library/preact';
import rawRoleData from '../../../data/roles.json';
import { Panel } from '../../../components/Panel';
import { RoleCatalog } from '../../../lib/data/catalog';
import { parseRoleData } from '../../../lib/data/validate';
import type { PostingPlace } from '../../../lib/place/place';

export const catalog = new RoleCatalog(parseRoleData(rawRoleData));
export const US: PostingPlace = { country: 'US', regionId: 'us', evidence: 'location' };
export const noop = () => {};

export function renderPanel(roleId: Parameters<RoleCatalog['role']>[0], props: Partial<Parameters<typeof Panel>[0]> = {}) {
  return render(
    <Panel
      role={catalog.role(roleId)}
      catalog={catalog}
      postingTitle="Title"
      wantedRegionIds={['us']}
      place={US}
      showDuties
      collapsed={false}
      onToggleCollapsed={noop}
      onDismiss={noop}
      {...props}
    />,
  );
}
