import DataLoader from 'dataloader';
import { AppealAttachment, Publication } from '@dsr/db';
import type { RequestContext } from '../../context';
import { publicationView, type PublicationView } from '../publication/publication-reads';

/** The module's loaders, one set per request (the context's own list is shared by every module). */
interface AppealLoaders {
  attachments: DataLoader<string, AppealAttachment[]>;
  publication: DataLoader<string, PublicationView | null>;
}
const perRequest = new WeakMap<RequestContext, AppealLoaders>();

function loadersOf(ctx: RequestContext): AppealLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    l = {
      attachments: new DataLoader(async (ids) => {
        const rows = await ctx.em.find(
          AppealAttachment,
          { appealId: { $in: [...ids] } },
          { orderBy: { appealId: 'asc', position: 'asc' } },
        );
        return ids.map((id) => rows.filter((r) => r.appealId === id));
      }),
      publication: new DataLoader(async (ids) => {
        const rows = await ctx.em.find(Publication, { id: { $in: [...ids] } }, { populate: ['draft', 'document'] });
        return ids.map((id) => {
          const row = rows.find((r) => r.id === id);
          return row ? publicationView(row) : null;
        });
      }),
    };
    perRequest.set(ctx, l);
  }
  return l;
}

export const appealAttachmentsOf = (ctx: RequestContext) => loadersOf(ctx).attachments;
export const publicationOf = (ctx: RequestContext) => loadersOf(ctx).publication;
