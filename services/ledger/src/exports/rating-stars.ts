import { randomUUID } from 'node:crypto';
import { callSubgraph, entitiesOf, mintInternalToken, systemCaller } from '@jifen/kit';
import { ratingGraphql } from '../generated/rating';

/** The stars a confirmed rating run gave members for a period (评星定级), from the rating service that owns them. */
export interface RatingStars {
  /** Stars by member id (null: rated, no star); an empty map when no confirmed run rated any of them. */
  starsOf(memberIds: readonly string[], period: string): Promise<Map<string, number | null>>;
}

const starsQuery = ratingGraphql(`query MemberStarsForLedger($representations: [_Any!]!, $period: String!) {
  _entities(representations: $representations) { ... on Member { id rating(period: $period) { stars } } }
}`);

/**
 * Asks the rating service as the platform itself: the caller was already allowed to read the list (a member reads
 * the stars of the branch's published list, which the rating service would not show a member one by one).
 */
export class SubgraphRatingStars implements RatingStars {
  constructor(
    private readonly ratingUrl: () => string,
    private readonly tokenSecret: string,
  ) {}

  async starsOf(memberIds: readonly string[], period: string): Promise<Map<string, number | null>> {
    const stars = new Map<string, number | null>();
    if (memberIds.length === 0) return stars;
    const token = mintInternalToken(this.tokenSecret, systemCaller, randomUUID(), Date.now());
    const data = await callSubgraph(this.ratingUrl(), token, starsQuery, {
      representations: memberIds.map((id) => ({ __typename: 'Member', id })),
      period,
    });
    for (const member of entitiesOf(data._entities, 'Member'))
      if (member?.rating) stars.set(member.id, member.rating.stars ?? null);
    return stars;
  }
}
