import type { WalkInDesk } from '@portico/domain';

/** A desk as stored, with the version tag a change must name. */
export interface StoredWalkInDesk {
  readonly desk: WalkInDesk;
  readonly etag: string;
}

/** Where walk-in desks live: one per organiser, found by its public id, its organiser or a member. */
export interface WalkInDesks {
  get(id: string): Promise<StoredWalkInDesk | undefined>;
  ofOrganiser(organiserId: string): Promise<StoredWalkInDesk | undefined>;
  /** The desks whose organisers named this colleague (by work e-mail address) to take guests too. */
  ofMember(email: string): Promise<readonly StoredWalkInDesk[]>;
  /** Stores the desk: a new one when `etag` is undefined; otherwise only if still at `etag` (false if not). */
  save(desk: WalkInDesk, etag: string | undefined): Promise<boolean>;
  /** Every open desk, for the daily renewal of their meetings. */
  listOpen(): Promise<readonly StoredWalkInDesk[]>;
}
